package com.minicrm.domain.campaign;

/**
 * Where one message is. The rank is the precedence: a message only moves to a higher rank, so a
 * late or repeated update can never undo a newer one. SENT, FAILED, CANCELLED, HOLDOUT and SUPPRESSED share the top
 * rank,
 * because all are final: whichever arrives first wins and the others are no-ops.
 */
public enum DeliveryStatus {
    /** Frozen into the audience, waiting for a worker. */
    QUEUED(0),
    /** Claimed by exactly one worker, which is calling the vendor. */
    SENDING(1),
    /** The vendor accepted it (202); waiting for its receipt. */
    SUBMITTED(2),
    SENT(3),
    FAILED(3),
    /** Its campaign was cancelled while it still waited for a worker; it was never handed to the vendor. */
    CANCELLED(3),
    /** In the campaign's control group: never messaged, logged so that the audit trail is whole. */
    HOLDOUT(3),
    /** Never sent by choice: the customer unsubscribed, was capped, or has no address; the log says which. */
    SUPPRESSED(3);

    private final int rank;

    DeliveryStatus(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public boolean isFinal() {
        return rank == SENT.rank;
    }

    /** Whether a message in this status may take {@code next}; equal ranks never replace each other. */
    public boolean canMoveTo(DeliveryStatus next) {
        return next.rank > rank;
    }
}
