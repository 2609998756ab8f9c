package com.minicrm.adapter.in.rest.campaign;

import com.minicrm.adapter.in.rest.outcome.OutcomesResponse;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.MessageTemplate;
import com.minicrm.domain.outcome.OutcomeTotals;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One campaign as the history shows it; each field is listed on purpose. */
public record CampaignResponse(
        long id,
        String name,
        String status,
        String channel,
        Long segmentId,
        String template,
        String subject,
        String createdBy,
        Instant createdAt,
        Instant scheduledAt,
        Instant startedAt,
        Instant finishedAt,
        List<String> tags,
        int audienceSize,
        int sent,
        int failed,
        int cancelled,
        int pending,
        List<VariantResponse> variants,
        int holdoutPercent,
        int holdoutSize,
        int attributionWindowHours,
        long conversions,
        BigDecimal revenue,
        OutcomesResponse outcomes,
        @Schema(description = "Matched customers who were not messaged, per reason") SuppressedResponse suppressed,
        @Schema(description = "Transactional campaigns skip the frequency cap") boolean transactional,
        @Schema(description = "While promotional SMS or WhatsApp wait for quiet hours to end: when sending resumes;"
                + " null otherwise, and always null in lists") Instant quietHoursResumeAt) {

    /** A variant as launched: key, template and weight in percent; the list is null with a single template. */
    public record VariantResponse(String key, String template, int weight) {}

    /** The suppressed counts; {@code audienceSize = sent + failed + pending + cancelled + suppressed} always holds. */
    @Schema(name = "SuppressedCounts")
    public record SuppressedResponse(int unsubscribed, int frequencyCapped, int noAddress) {}

    static CampaignResponse from(Campaign c) {
        return from(c, OutcomeTotals.NONE, null);
    }

    /** With the list's totals and, for one campaign, its full outcomes ({@code null} in lists). */
    static CampaignResponse from(Campaign c, OutcomeTotals totals, OutcomesResponse outcomes) {
        List<VariantResponse> variants = c.experiment().hasVariants() ? c.experiment().variants().stream()
                .map(v -> new VariantResponse(v.key(), v.template().text(), v.weight())).toList() : null;
        return new CampaignResponse(c.requireId(), c.name(), c.status().name(), c.channel().name(), c.audience().segmentId(),
                c.template().text(), c.subject().map(MessageTemplate::text).orElse(null), c.createdBy(), c.createdAt(),
                c.scheduledAt().orElse(null),
                c.startedAt().orElse(null), c.finishedAt().orElse(null), c.tags(), c.audienceSize(), c.sent(), c.failed(),
                c.cancelled(), c.pending(), variants, c.experiment().holdoutPercent(), c.heldOut(),
                c.experiment().attributionWindowHours(), totals.conversions(), totals.revenue(), outcomes,
                new SuppressedResponse(c.suppressed().unsubscribed(), c.suppressed().frequencyCapped(), c.suppressed().noAddress()),
                c.isTransactional(), null);
    }

    /** The same, saying when a campaign waiting for quiet hours resumes. */
    CampaignResponse withQuietHoursResumeAt(Instant resumeAt) {
        return new CampaignResponse(id, name, status, channel, segmentId, template, subject, createdBy, createdAt, scheduledAt,
                startedAt, finishedAt, tags, audienceSize, sent, failed, cancelled, pending, variants, holdoutPercent, holdoutSize,
                attributionWindowHours, conversions, revenue, outcomes, suppressed, transactional, resumeAt);
    }
}
