package com.minicrm.adapter.out.messaging.broker;

/** The broker did not take a message in time; the caller must not report success. */
public class BrokerUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
