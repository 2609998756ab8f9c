package com.minicrm.application.port.in.campaign;

/**
 * Decides whether a receipt request is the vendor's, fresh, and seen for the first time. The
 * signature is recorded as seen, so the caller must {@link #release} it when the request is not
 * stored after all, so that the vendor's retry of the same request is not refused as a replay.
 */
public interface VerifyReceiptUseCase {
    /**
     * Throws {@code InvalidReceiptSignatureException} for a missing, wrong or stale signature and
     * {@code ReplayedReceiptException} for one seen before inside the window.
     */
    void verify(String timestamp, String signature, String body);

    /** Forgets a verified signature whose request could not be stored. */
    void release(String signature);
}
