package com.minicrm.adapter.in.rest.campaign;

import com.minicrm.domain.campaign.Campaign;
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
        @Schema(description = "Matched customers who were not messaged, per reason") SuppressedResponse suppressed,
        @Schema(description = "Transactional campaigns skip the frequency cap") boolean transactional) {

    /** The suppressed counts; {@code audienceSize = sent + failed + pending + cancelled + suppressed} always holds. */
    @Schema(name = "SuppressedCounts")
    public record SuppressedResponse(int unsubscribed, int frequencyCapped, int noAddress) {}

    static CampaignResponse from(Campaign c) {
        return new CampaignResponse(c.requireId(), c.name(), c.status().name(), c.channel().name(), c.audience().segmentId(),
                c.template().text(), c.createdBy(), c.createdAt(), c.scheduledAt().orElse(null),
                c.startedAt().orElse(null), c.finishedAt().orElse(null), c.tags(), c.audienceSize(), c.sent(), c.failed(),
                c.cancelled(), c.pending(), new SuppressedResponse(c.suppressed().unsubscribed(), c.suppressed().frequencyCapped(),
                        c.suppressed().noAddress()), c.isTransactional());
    }
}
