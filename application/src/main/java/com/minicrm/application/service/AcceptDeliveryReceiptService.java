package com.minicrm.application.service;

import com.minicrm.application.port.in.AcceptDeliveryReceiptUseCase;
import com.minicrm.application.port.out.ReceiptQueue;
import com.minicrm.domain.campaign.DeliveryOutcome;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Queues verified receipts, so the vendor gets its answer without waiting for the database. */
public class AcceptDeliveryReceiptService implements AcceptDeliveryReceiptUseCase {
    private final ReceiptQueue queue;

    public AcceptDeliveryReceiptService(ReceiptQueue queue) {
        this.queue = queue;
    }

    @Override
    public CompletionStage<Void> accept(List<DeliveryOutcome> receipts) {
        return QueueFailures.retryLaterOnFailure(() -> queue.publish(List.copyOf(receipts)));
    }
}
