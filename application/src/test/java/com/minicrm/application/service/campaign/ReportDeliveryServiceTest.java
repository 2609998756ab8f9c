package com.minicrm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.application.port.in.ReportDeliveryUseCase.DeliveryReport;
import com.minicrm.application.service.ReportDeliveryService;
import com.minicrm.application.port.out.DeliveryTimeline;
import com.minicrm.domain.campaign.Audience;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.campaign.MessageTemplate;
import com.minicrm.domain.campaign.CampaignNotFoundException;
import com.minicrm.domain.campaign.DeliveryBucket;
import com.minicrm.domain.campaign.DeliveryStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportDeliveryServiceTest {
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private final List<DeliveryBucket> seconds = new ArrayList<>();
    private final Map<DeliveryStatus, Long> counts = new java.util.EnumMap<>(DeliveryStatus.class);
    private final ReportDeliveryService service = new ReportDeliveryService(oneCampaign(), new DeliveryTimeline() {
        @Override
        public List<DeliveryBucket> finalOutcomesPerSecond(long campaignId) {
            return seconds;
        }

        @Override
        public Map<DeliveryStatus, Long> countsByStatus(long campaignId) {
            return counts;
        }
    });

    @Test
    void aShortCampaignKeepsOneBucketPerSecondWithTheQuietSecondsIncluded() {
        seconds.add(new DeliveryBucket(T0, 5, 1));
        seconds.add(new DeliveryBucket(T0.plusSeconds(3), 2, 0));

        DeliveryReport report = service.report(7);

        assertThat(report.bucketSeconds()).isEqualTo(1);
        assertThat(report.timeline()).extracting(DeliveryBucket::sent).containsExactly(5L, 0L, 0L, 2L);
        assertThat(report.timeline()).extracting(DeliveryBucket::failed).containsExactly(1L, 0L, 0L, 0L);
    }

    @Test
    void aLongCampaignIsFoldedIntoAtMostFortyBucketsWithNothingLost() {
        for (int s = 0; s < 1000; s += 7) {
            seconds.add(new DeliveryBucket(T0.plusSeconds(s), 3, 1));
        }

        DeliveryReport report = service.report(7);

        assertThat(report.timeline()).hasSizeLessThanOrEqualTo(40);
        assertThat(report.bucketSeconds()).isEqualTo(25);
        assertThat(report.timeline().stream().mapToLong(DeliveryBucket::sent).sum()).isEqualTo(3L * seconds.size());
        assertThat(report.timeline().get(1).start()).isEqualTo(T0.plusSeconds(25));
    }

    @Test
    void everyStatusIsCountedEvenWhenNoMessageHasIt() {
        counts.put(DeliveryStatus.SENT, 9L);

        DeliveryReport report = service.report(7);

        assertThat(report.byStatus()).containsEntry(DeliveryStatus.SENT, 9L).containsEntry(DeliveryStatus.QUEUED, 0L)
                .hasSize(DeliveryStatus.values().length);
        assertThat(report.timeline()).isEmpty();
    }

    @Test
    void anUnknownCampaignIsNotFound() {
        assertThatThrownBy(() -> service.report(8)).isInstanceOf(CampaignNotFoundException.class);
    }

    /** Campaign storage holding just campaign 7. */
    private static InMemoryCampaigns oneCampaign() {
        Campaign.Builder b = new Campaign.Builder();
        b.name = "Diwali";
        b.audience = new Audience(null, "{}");
        b.template = MessageTemplate.parse("Hi");
        b.channel = Channel.SMS;
        b.createdAt = T0;
        b.status = CampaignStatus.RUNNING;
        InMemoryCampaigns campaigns = new InMemoryCampaigns();
        for (int i = 0; i < 7; i++) {
            campaigns.add(Campaign.restore(b));
        }
        return campaigns;
    }
}
