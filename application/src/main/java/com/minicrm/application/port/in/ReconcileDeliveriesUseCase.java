package com.minicrm.application.port.in;

/**
 * The periodic sweep: starts due scheduled campaigns, finishes freezes an instance left half done,
 * queues again jobs that were lost, and fails messages whose receipt never came.
 */
public interface ReconcileDeliveriesUseCase {
    Reconciliation reconcile();

    /** What one sweep did. */
    record Reconciliation(int campaignsStarted, int freezesResumed, int jobsRequeued, int messagesTimedOut) {}
}
