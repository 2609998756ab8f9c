package com.minicrm.application.service;

import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.application.port.out.DeliveryQueue;
import com.minicrm.domain.campaign.DeliveryJob;
import java.time.Clock;
import java.util.List;

/** Starts delivery of a running campaign: freezes its audience, then queues the jobs for any worker. */
final class CampaignStarter {
    private final CommunicationLog log;
    private final DeliveryQueue queue;
    private final Clock clock;
    private final int jobSize;

    CampaignStarter(CommunicationLog log, DeliveryQueue queue, Clock clock, int jobSize) {
        if (jobSize < 1) {
            throw new IllegalArgumentException("jobSize must be positive");
        }
        this.log = log;
        this.queue = queue;
        this.clock = clock;
        this.jobSize = jobSize;
    }

    /** Jobs are queued only after the audience is committed, so a worker never sees a half-frozen campaign. */
    int start(long campaignId) {
        List<DeliveryJob> jobs = log.freezeAudience(campaignId, jobSize, clock.instant());
        if (!jobs.isEmpty()) {
            queue.enqueue(jobs);
        }
        return jobs.size();
    }
}
