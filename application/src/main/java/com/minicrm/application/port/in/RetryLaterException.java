package com.minicrm.application.port.in;

/**
 * A use case could not take the request now (its queue did not confirm in time). Nothing of the
 * request was kept, so the caller may safely send it again.
 */
public class RetryLaterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RetryLaterException(String message, Throwable cause) {
        super(message, cause);
    }
}
