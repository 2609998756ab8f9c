package com.minicrm.application.port.out;

import com.minicrm.domain.campaign.DeliveryBucket;
import com.minicrm.domain.campaign.DeliveryStatus;
import java.util.List;
import java.util.Map;

/** How a campaign's delivery went over time, from its communication log. */
public interface DeliveryTimeline {
    /** One bucket per second in which messages reached SENT or FAILED, oldest first. */
    List<DeliveryBucket> finalOutcomesPerSecond(long campaignId);

    /** How many of the campaign's messages are in each status now. */
    Map<DeliveryStatus, Long> countsByStatus(long campaignId);
}
