package com.minicrm.domain.campaign;

import java.time.Instant;

/** One row of a campaign's communication log, as the history shows it. */
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
        Instant failedAt) {}
