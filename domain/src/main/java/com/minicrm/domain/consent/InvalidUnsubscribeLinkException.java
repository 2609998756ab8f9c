package com.minicrm.domain.consent;

/**
 * An unsubscribe link that unsubscribes no one: forged, altered or cut short ({@code genuine} false),
 * or genuine but naming a customer who no longer exists. Nothing was changed.
 */
public class InvalidUnsubscribeLinkException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean genuine;

    public InvalidUnsubscribeLinkException(boolean genuine, String message) {
        super(message);
        this.genuine = genuine;
    }

    /** True when the signature holds but its customer is gone; false for a link the app never made. */
    public boolean genuine() {
        return genuine;
    }
}
