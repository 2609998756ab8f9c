package com.minicrm.application.service;

import com.minicrm.application.port.in.ReconcileDeliveriesUseCase;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.application.port.out.DeliveryQueue;
import com.minicrm.domain.campaign.DeliveryJob;
import com.minicrm.domain.campaign.DeliveryOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The sweep any instance may run. Starting a scheduled campaign is a guarded update, so two
 * instances sweeping at once start it once; a freeze left unfinished is continued chunk by chunk
 * under the campaign's row lock, so two freezers share the work without overlap; a job queued twice is harmless because workers claim
 * rows; timing out goes through the normal outcome path, so a receipt that races the sweep is
 * still counted exactly once. Lost jobs and missing receipts have timeouts of their own: a message
 * may wait in the queue far longer than a vendor takes to call back.
 */
public class ReconcileDeliveriesService implements ReconcileDeliveriesUseCase {
    private static final int BATCH = 1000;
    private final Campaigns campaigns;
    private final CommunicationLog log;
    private final CampaignStarter starter;
    private final DeliveryQueue queue;
    private final Clock clock;
    private final int jobSize;
    private final Duration receiptTimeout;
    private final Duration lostJobTimeout;

    /**
     * @param receiptTimeout how long a message handed to the vendor may wait for its receipt
     * @param lostJobTimeout how long a message may stay QUEUED, untouched, before its job counts as lost
     */
    public ReconcileDeliveriesService(Campaigns campaigns, CommunicationLog log, DeliveryQueue queue, Clock clock, int jobSize,
            Duration receiptTimeout, Duration lostJobTimeout) {
        this.campaigns = campaigns;
        this.log = log;
        this.starter = new CampaignStarter(log, queue, clock, jobSize);
        this.queue = queue;
        this.clock = clock;
        this.jobSize = jobSize;
        this.receiptTimeout = receiptTimeout;
        this.lostJobTimeout = lostJobTimeout;
    }

    @Override
    public Reconciliation reconcile() {
        Instant now = clock.instant();
        int started = 0;
        for (long id : campaigns.dueScheduled(now, 100)) {
            if (campaigns.start(id, now)) {
                starter.start(id);
                started++;
            }
        }
        int resumed = 0;
        for (long id : campaigns.unfinishedFreezes(now.minus(lostJobTimeout), 100)) {
            starter.start(id);
            resumed++;
        }
        List<DeliveryJob> stranded = log.requeueStranded(now.minus(lostJobTimeout), jobSize, 10 * BATCH, now);
        if (!stranded.isEmpty()) {
            queue.enqueue(stranded);
        }
        int timedOut = 0;
        List<Long> overdue;
        do {
            overdue = log.overdue(now.minus(receiptTimeout), BATCH);
            String reason = "no receipt within " + receiptTimeout.toSeconds() + "s";
            List<DeliveryOutcome> failures = overdue.stream().map(id -> DeliveryOutcome.failed(id, reason, now)).toList();
            if (!failures.isEmpty()) {
                timedOut += log.applyOutcomes(failures, now).applied();
            }
        } while (overdue.size() == BATCH);
        return new Reconciliation(started, resumed, stranded.size(), timedOut);
    }
}
