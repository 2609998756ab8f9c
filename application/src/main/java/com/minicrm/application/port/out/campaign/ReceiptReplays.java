package com.minicrm.application.port.out.campaign;

import java.time.Instant;

/** The receipt signatures seen recently, shared by every instance. */
public interface ReceiptReplays {
    /** Records a signature; false when it was already recorded (by any instance). */
    boolean firstSighting(String signature, Instant seenAt);

    void forget(String signature);

    /** Drops the signatures seen before {@code cutoff}; the time window refuses those requests anyway. */
    void forgetSeenBefore(Instant cutoff);
}
