package com.minicrm.application.service;

import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.application.port.out.DeliveryQueue;
import java.time.Clock;

/**
 * Starts delivery of a running campaign: freezes its audience chunk by chunk and queues each chunk's
 * jobs as soon as the chunk is committed, so workers send while the rest of the audience is frozen.
 */
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

    /** Jobs are queued only after their chunk is committed, so a worker never sees a row that may vanish. */
    int start(long campaignId) {
        int queued = 0;
        CommunicationLog.AudienceChunk chunk;
        do {
            chunk = log.freezeNextChunk(campaignId, jobSize, clock.instant());
            if (!chunk.jobs().isEmpty()) {
                queue.enqueue(chunk.jobs());
                queued += chunk.jobs().size();
            }
        } while (!chunk.last());
        return queued;
    }
}
