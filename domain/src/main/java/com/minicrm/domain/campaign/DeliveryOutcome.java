package com.minicrm.domain.campaign;

import com.minicrm.domain.validation.Violations;
import java.time.Instant;
import java.util.Objects;

/**
 * A message reached a final status: reported by the vendor's receipt, decided by the worker after
 * the last retry, or by the reconciler when no receipt came in time.
 */
public record DeliveryOutcome(long messageId, DeliveryStatus status, String vendorMessageId, String reason, Instant occurredAt) {
    public static final int MAX_REASON = 500;
    public static final int MAX_VENDOR_ID = 64;

    public DeliveryOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (status != DeliveryStatus.SENT && status != DeliveryStatus.FAILED) {
            throw new IllegalArgumentException("an outcome is SENT or FAILED, not " + status);
        }
        if (reason != null && reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON);
        }
    }

    public static DeliveryOutcome failed(long messageId, String reason, Instant at) {
        return new DeliveryOutcome(messageId, DeliveryStatus.FAILED, null, reason, at);
    }

    /** A vendor receipt, checked field by field so the caller learns every problem at once. */
    public static DeliveryOutcome fromReceipt(Long messageId, String vendorMessageId, String status, String reason, Instant occurredAt) {
        Violations violations = new Violations();
        if (messageId == null || messageId <= 0) {
            violations.add("messageId", "must be a positive number");
        }
        violations.requireText("vendorMessageId", vendorMessageId, MAX_VENDOR_ID);
        DeliveryStatus parsed = null;
        if (!"SENT".equals(status) && !"FAILED".equals(status)) {
            violations.add("status", "must be SENT or FAILED");
        } else {
            parsed = DeliveryStatus.valueOf(status);
        }
        violations.maxLength("reason", reason, MAX_REASON);
        if (occurredAt == null) {
            violations.add("occurredAt", "is required");
        }
        violations.throwIfAny();
        return new DeliveryOutcome(messageId, parsed, vendorMessageId, reason, occurredAt);
    }

    /** Of two outcomes for one message, the one that happened first wins; a tie keeps this one. */
    public DeliveryOutcome earlierOf(DeliveryOutcome other) {
        return other.occurredAt.isBefore(occurredAt) ? other : this;
    }
}
