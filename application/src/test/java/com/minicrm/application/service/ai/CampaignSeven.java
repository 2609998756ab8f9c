package com.minicrm.application.service.ai;

import com.minicrm.domain.campaign.Audience;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.campaign.MessageTemplate;
import java.time.Duration;
import java.time.Instant;

/** Campaign 7, started some time before {@code now}, with the counters a test gives it. */
final class CampaignSeven {
    private CampaignSeven() {}

    static Campaign of(Instant now, Duration age, CampaignStatus status, int audience, int sent, int failed) {
        Campaign.Builder b = new Campaign.Builder();
        b.id = 7L;
        b.name = "Diwali";
        b.audience = new Audience(null, "{\"combinator\":\"and\",\"rules\":[]}");
        b.template = MessageTemplate.parse("Hi {{first_name|there}}");
        b.channel = Channel.values()[0];
        b.createdAt = now.minus(age);
        b.startedAt = b.createdAt;
        b.finishedAt = status == CampaignStatus.COMPLETED ? b.createdAt.plus(Duration.ofMinutes(5)) : null;
        b.status = status;
        b.audienceFrozen = true;
        b.audienceSize = audience;
        b.sent = sent;
        b.failed = failed;
        return Campaign.restore(b);
    }
}
