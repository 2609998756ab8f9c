package com.minicrm.application.service;

import com.minicrm.application.port.in.ReportDeliveryUseCase;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.DeliveryTimeline;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignNotFoundException;
import com.minicrm.domain.campaign.DeliveryBucket;
import com.minicrm.domain.campaign.DeliveryStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Folds the per-second outcomes into evenly sized buckets, few enough for a chart. */
public class ReportDeliveryService implements ReportDeliveryUseCase {
    private final Campaigns campaigns;
    private final DeliveryTimeline timeline;

    public ReportDeliveryService(Campaigns campaigns, DeliveryTimeline timeline) {
        this.campaigns = campaigns;
        this.timeline = timeline;
    }

    @Override
    public DeliveryReport report(long campaignId) {
        Campaign campaign = campaigns.byId(campaignId).orElseThrow(() -> new CampaignNotFoundException(campaignId));
        Map<DeliveryStatus, Long> byStatus = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            byStatus.put(status, 0L);
        }
        byStatus.putAll(timeline.countsByStatus(campaignId));
        List<DeliveryBucket> seconds = timeline.finalOutcomesPerSecond(campaignId);
        if (seconds.isEmpty()) {
            return new DeliveryReport(campaign, byStatus, List.of(), 1);
        }
        long first = seconds.get(0).start().getEpochSecond();
        long span = seconds.get(seconds.size() - 1).start().getEpochSecond() - first + 1;
        long width = Math.max(1, (span + MAX_BUCKETS - 1) / MAX_BUCKETS);
        return new DeliveryReport(campaign, byStatus, fold(seconds, first, span, width), width);
    }

    /** Every bucket from the first outcome to the last, empty ones included, so time runs evenly on the chart. */
    private static List<DeliveryBucket> fold(List<DeliveryBucket> seconds, long first, long span, long width) {
        int count = (int) ((span + width - 1) / width);
        long[] sent = new long[count];
        long[] failed = new long[count];
        for (DeliveryBucket second : seconds) {
            int index = (int) ((second.start().getEpochSecond() - first) / width);
            sent[index] += second.sent();
            failed[index] += second.failed();
        }
        List<DeliveryBucket> buckets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            buckets.add(new DeliveryBucket(java.time.Instant.ofEpochSecond(first + i * width), sent[i], failed[i]));
        }
        return buckets;
    }
}
