package com.minicrm.domain.campaign;

import com.minicrm.domain.consent.SuppressionReason;
import java.time.Instant;

/**
 * One row of a campaign's communication log, as the history shows it; {@code variant} is null with a
 * single template, {@code suppressionReason} null unless the row is SUPPRESSED.
 */
public record LoggedMessage(
        long id,
        long campaignId,
        long customerId,
        String recipient,
        String body,
        DeliveryStatus status,
        int attempts,
        String vendorMessageId,
        String lastError,
        Instant queuedAt,
        Instant submittedAt,
        Instant sentAt,
        Instant failedAt,
        String customerExternalId,
        String variant,
        SuppressionReason suppressionReason) {
    /** A row that is not suppressed. */
    public LoggedMessage(long id, long campaignId, long customerId, String recipient, String body, DeliveryStatus status,
            int attempts, String vendorMessageId, String lastError, Instant queuedAt, Instant submittedAt, Instant sentAt,
            Instant failedAt, String customerExternalId, String variant) {
        this(id, campaignId, customerId, recipient, body, status, attempts, vendorMessageId, lastError, queuedAt,
                submittedAt, sentAt, failedAt, customerExternalId, variant, null);
    }

    /** A row read without the customer's external id or a variant. */
    public LoggedMessage(long id, long campaignId, long customerId, String recipient, String body, DeliveryStatus status,
            int attempts, String vendorMessageId, String lastError, Instant queuedAt, Instant submittedAt, Instant sentAt,
            Instant failedAt) {
        this(id, campaignId, customerId, recipient, body, status, attempts, vendorMessageId, lastError, queuedAt,
                submittedAt, sentAt, failedAt, null, null, null);
    }
}
