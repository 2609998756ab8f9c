package com.minicrm.adapter.in.rest.campaign;

import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.MessageTemplate;
import java.time.Instant;
import java.util.List;

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
        int pending) {

    static CampaignResponse from(Campaign c) {
        return new CampaignResponse(c.requireId(), c.name(), c.status().name(), c.channel().name(), c.audience().segmentId(),
                c.template().text(), c.subject().map(MessageTemplate::text).orElse(null), c.createdBy(), c.createdAt(), c.scheduledAt().orElse(null),
                c.startedAt().orElse(null), c.finishedAt().orElse(null), c.tags(), c.audienceSize(), c.sent(), c.failed(),
                c.cancelled(), c.pending());
    }
}
