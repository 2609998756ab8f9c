package com.minicrm.application.port.out;

/** The broker did not confirm a message in time; the caller may safely retry. */
public class QueueUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueueUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
