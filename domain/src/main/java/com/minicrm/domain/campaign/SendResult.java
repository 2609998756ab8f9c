package com.minicrm.domain.campaign;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** How sending one message ended after all retries, and how many calls it took. */
public record SendResult(long messageId, VendorReply reply, int attempts) {
    public SendResult {
        Objects.requireNonNull(reply, "reply");
        if (attempts < 1) {
            throw new IllegalArgumentException("a result comes from at least one attempt");
        }
    }

    public boolean accepted() {
        return reply instanceof VendorReply.Accepted;
    }

    /** The vendor's id for an accepted message. */
    public Optional<String> vendorMessageId() {
        return reply instanceof VendorReply.Accepted a ? Optional.of(a.vendorMessageId()) : Optional.empty();
    }

    /** For a message the vendor never took: its final FAILED outcome, with the reason. */
    public Optional<DeliveryOutcome> failure(Instant at) {
        if (accepted()) {
            return Optional.empty();
        }
        return Optional.of(DeliveryOutcome.failed(messageId, reply.describe() + " after " + attempts + " attempt(s)", at));
    }
}
