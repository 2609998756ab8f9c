package com.minicrm.adapter.in.rest.campaign;

import com.minicrm.domain.campaign.LoggedMessage;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of a campaign's log; {@code variant} is null with a single template and for the holdout. */
public record MessageResponse(
        long id,
        long customerId,
        String recipient,
        String body,
        String status,
        int attempts,
        String vendorMessageId,
        String lastError,
        Instant queuedAt,
        Instant submittedAt,
        Instant sentAt,
        Instant failedAt,
        String customerExternalId,
        String variant,
        @Schema(description = "Why a SUPPRESSED message was not sent: unsubscribed, frequency_cap or no_address") String suppressionReason) {

    static MessageResponse from(LoggedMessage m) {
        return new MessageResponse(m.id(), m.customerId(), m.recipient(), m.body(), m.status().name(), m.attempts(),
                m.vendorMessageId(), m.lastError(), m.queuedAt(), m.submittedAt(), m.sentAt(), m.failedAt(),
                m.customerExternalId(), m.variant(), m.suppressionReason() == null ? null : m.suppressionReason().wireName());
    }
}
