package com.minicrm.domain.campaign;

import java.time.Instant;

/** One row of a campaign's communication log, as the history shows it; {@code variant} is null with a single template. */
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
        String variant) {
    /** A row read without the customer's external id or a variant. */
    public LoggedMessage(long id, long campaignId, long customerId, String recipient, String body, DeliveryStatus status,
            int attempts, String vendorMessageId, String lastError, Instant queuedAt, Instant submittedAt, Instant sentAt,
            Instant failedAt) {
        this(id, campaignId, customerId, recipient, body, status, attempts, vendorMessageId, lastError, queuedAt,
                submittedAt, sentAt, failedAt, null, null);
    }
}
