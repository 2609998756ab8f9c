package com.minicrm.adapter.in.rest.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.minicrm.domain.campaign.UnsentCampaign;
import com.minicrm.domain.validation.InvalidInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A draft as the builder has it: an id after the first save, and whatever is filled in so far. The
 * fields are those of a campaign launch, kept as typed; only the launch checks them.
 */
public record DraftRequest(Long id, String name, String template, String channel,
        @Schema(description = "The rule as the builder has it so far, in react-querybuilder shape; checked only at launch",
                implementation = Object.class) JsonNode rule,
        @Schema(description = "The e-mail subject line, as typed") String subject,
        @Schema(description = "When to send, an ISO-8601 instant; a time that has passed by the launch is refused then")
                String scheduledAt,
        @Schema(description = "The message variants as in a launch ([{key, template, weight}]), kept as typed",
                implementation = Object.class) JsonNode variants,
        Integer holdoutPercent,
        Integer attributionWindowHours,
        Boolean transactional) {
    UnsentCampaign.Form form() {
        return new UnsentCampaign.Form(name, template, channel, json(rule), subject, instant(), json(variants), holdoutPercent,
                attributionWindowHours, Boolean.TRUE.equals(transactional));
    }

    private static String json(JsonNode node) {
        return node == null || node.isNull() ? null : node.toString();
    }

    private Instant instant() {
        try {
            return scheduledAt == null || scheduledAt.isBlank() ? null : Instant.parse(scheduledAt);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("scheduledAt", "must be an ISO-8601 instant such as 2026-03-01T09:00:00Z");
        }
    }
}
