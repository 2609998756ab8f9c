package com.minicrm.application.port.out;

import com.minicrm.domain.campaign.DeliveryOutcome;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Where verified receipts wait to be applied in batches. The stage completes once the broker holds
 * the receipts, and fails with {@code QueueUnavailableException} when it does not confirm in time;
 * asynchronous, so thousands of callbacks can wait for confirms without a thread each.
 */
public interface ReceiptQueue {
    /** Queues the receipts of one callback together, as one message, so they stand or fall together. */
    CompletionStage<Void> publish(List<DeliveryOutcome> receipts);
}
