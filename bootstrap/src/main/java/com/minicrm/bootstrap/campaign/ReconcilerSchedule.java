package com.minicrm.bootstrap.campaign;

import com.minicrm.application.port.in.ReconcileDeliveriesUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Runs the delivery sweep on every instance; the sweep itself is safe to run concurrently. */
@ApplicationScoped
class ReconcilerSchedule {
    private static final Logger LOG = Logger.getLogger(ReconcilerSchedule.class);
    private final ReconcileDeliveriesUseCase reconcile;

    ReconcilerSchedule(ReconcileDeliveriesUseCase reconcile) {
        this.reconcile = reconcile;
    }

    @Scheduled(every = "${crm.campaigns.reconcile-every}", delayed = "${crm.campaigns.reconcile-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        ReconcileDeliveriesUseCase.Reconciliation done = reconcile.reconcile();
        if (done.campaignsStarted() > 0 || done.freezesResumed() > 0 || done.jobsRequeued() > 0 || done.messagesTimedOut() > 0) {
            LOG.infof("reconciler started %d campaign(s), resumed %d freeze(s), re-queued %d job(s), timed out %d message(s)",
                    done.campaignsStarted(), done.freezesResumed(), done.jobsRequeued(), done.messagesTimedOut());
        }
    }
}
