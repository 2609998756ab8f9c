package com.minicrm.application.service;

import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.application.port.out.DeliveryQueue;
import com.minicrm.domain.campaign.DeliveryJob;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Starts delivery of a running campaign: freezes its audience chunk by chunk and queues each chunk's
 * jobs as soon as the chunk is committed, so workers send while the rest of the audience is frozen.
 */
final class CampaignStarter {
    private static final System.Logger LOG = System.getLogger(CampaignStarter.class.getName());
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

    /**
     * Jobs are queued only after their chunk is committed, so a worker never sees a row that may
     * vanish. Waiting for the broker's confirm of one chunk's jobs overlaps with freezing the next
     * chunk (profiling showed the confirms taking a third of the freeze); one chunk's jobs are in
     * flight at a time, in order, and the call returns only once all are confirmed. Jobs that never
     * reach the broker leave their rows QUEUED, for the lost-job sweep.
     */
    int start(long campaignId) {
        int queued = 0;
        CompletableFuture<Void> queueing = CompletableFuture.completedFuture(null);
        CommunicationLog.AudienceChunk chunk;
        do {
            chunk = log.freezeNextChunk(campaignId, jobSize, clock.instant());
            List<DeliveryJob> jobs = chunk.jobs();
            if (!jobs.isEmpty()) {
                await(queueing);
                queueing = CompletableFuture.runAsync(() -> queue.enqueue(jobs));
                queued += jobs.size();
            }
        } while (!chunk.last());
        await(queueing);
        return queued;
    }

    /**
     * Freezes and queues the first chunk now, so a launch answers in the time one chunk takes and its
     * errors (database or broker down) reach the caller; the rest is frozen on {@code background}. If
     * that is interrupted (the instance stops or dies), the freeze stays unfinished and the
     * reconciler's sweep continues it on any instance.
     */
    void startFirstChunk(long campaignId, Executor background) {
        CommunicationLog.AudienceChunk first = log.freezeNextChunk(campaignId, jobSize, clock.instant());
        if (!first.jobs().isEmpty()) {
            queue.enqueue(first.jobs());
        }
        if (!first.last()) {
            background.execute(() -> {
                try {
                    start(campaignId);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Freezing the audience of campaign " + campaignId
                            + " stopped; the reconciler will continue it", e);
                }
            });
        }
    }

    /** Rethrows what the queue threw, not the future's wrapper. */
    private static void await(CompletableFuture<Void> queueing) {
        try {
            queueing.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
