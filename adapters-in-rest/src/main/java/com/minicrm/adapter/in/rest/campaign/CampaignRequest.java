package com.minicrm.adapter.in.rest.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.minicrm.domain.campaign.CampaignDraft;
import com.minicrm.domain.validation.InvalidInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/campaigns} and of {@code PUT /api/v1/campaigns/{id}}; the rule stays
 * JSON until storage compiles it. With {@code segment}, the rule is also saved as a new segment of that
 * name, in the same step (on a launch only). {@code subject} is for e-mail only.
 */
public record CampaignRequest(
        String name,
        Long segmentId,
        JsonNode rule,
        String template,
        String channel,
        String scheduledAt,
        NewSegment segment,
        List<VariantRequest> variants,
        Integer holdoutPercent,
        Integer attributionWindowHours,
        String subject,
        @Schema(description = "An order update or OTP rather than a promotion: skips the frequency cap and quiet hours, never an unsubscribe",
                defaultValue = "false") Boolean transactional) {
    /** The name and description to save the campaign's rule under. */
    public record NewSegment(String name, String description) {}

    /** One message variant: its key (A, B...), template and share of the messaged audience in percent. */
    public record VariantRequest(String key, String template, Integer weight) {}

    public CampaignRequest(String name, Long segmentId, JsonNode rule, String template, String channel, String scheduledAt,
            NewSegment segment) {
        this(name, segmentId, rule, template, channel, scheduledAt, segment, null, null, null, null, null);
    }

    CampaignDraft toDraft() {
        String ruleJson = rule == null || rule.isNull() ? null : rule.toString();
        List<CampaignDraft.VariantDraft> drafts = variants == null ? null : variants.stream()
                .map(v -> v == null ? null : new CampaignDraft.VariantDraft(v.key(), v.template(), v.weight()))
                .collect(Collectors.toList());
        return new CampaignDraft(name, segmentId, ruleJson, template, channel, parseInstant(), drafts, holdoutPercent,
                attributionWindowHours, subject, Boolean.TRUE.equals(transactional));
    }

    private Instant parseInstant() {
        try {
            return scheduledAt == null || scheduledAt.isBlank() ? null : Instant.parse(scheduledAt);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("scheduledAt", "must be an ISO-8601 instant such as 2026-03-01T09:00:00Z");
        }
    }
}
