package com.minicrm.domain.campaign;

/** A receipt request whose signature was already accepted inside the time window: a replay. */
public class ReplayedReceiptException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReplayedReceiptException() {
        super("this signed request was already received; sign a retry with a new timestamp");
    }
}
