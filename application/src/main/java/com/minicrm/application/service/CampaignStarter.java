package com.minicrm.application.service;

import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.application.port.out.DeliveryQueue;
import com.minicrm.domain.campaign.DeliveryJob;
import java.time.Clock;
import java.time.Duration;
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
        return start(campaignId, Duration.ZERO, pause -> {});
    }

    /**
     * As {@link #start(long)}, waiting {@code pause} after each chunk but the last, so that a freeze
     * that need not hurry leaves the database and the CPU to the rest of the app. Interrupted while
     * waiting, it stops; the freeze stays unfinished for the reconciler.
     */
    int start(long campaignId, Duration pause, LaunchCampaignService.Pause sleeper) {
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
            if (!chunk.last() && !pause.isZero()) {
                try {
                    sleeper.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted between two chunks", e);
                }
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
    void startFirstChunk(long campaignId, Executor background, Duration pause, LaunchCampaignService.Pause sleeper) {
        CommunicationLog.AudienceChunk first = log.freezeNextChunk(campaignId, jobSize, clock.instant());
        if (!first.jobs().isEmpty()) {
            queue.enqueue(first.jobs());
        }
        if (!first.last()) {
            background.execute(() -> {
                try {
                    start(campaignId, pause, sleeper);
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
