package com.minicrm.application.port.in;

import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.DeliveryBucket;
import com.minicrm.domain.campaign.DeliveryStatus;
import java.util.List;
import java.util.Map;

/** A campaign's delivery for its detail page: where its messages are, and how they got there over time. */
public interface ReportDeliveryUseCase {
    /** At most this many buckets, so a chart stays readable however long the campaign ran. */
    int MAX_BUCKETS = 40;

    /** Throws {@code CampaignNotFoundException} when there is none. */
    DeliveryReport report(long campaignId);

    /** Every status with its count (zero included), and the final outcomes in at most {@link #MAX_BUCKETS} buckets. */
    record DeliveryReport(Campaign campaign, Map<DeliveryStatus, Long> byStatus, List<DeliveryBucket> timeline,
            long bucketSeconds) {
        public DeliveryReport {
            byStatus = Map.copyOf(byStatus);
            timeline = List.copyOf(timeline);
        }
    }
}
