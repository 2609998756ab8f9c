package com.minicrm.domain.campaign;

/** A receipt's signature is missing, wrong or stale; it must not be trusted. */
public class InvalidReceiptSignatureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidReceiptSignatureException(String reason) {
        super(reason);
    }
}
