package com.minicrm.application.service;

import com.minicrm.application.port.in.IngestOrdersUseCase;
import com.minicrm.application.port.in.IngestionAccepted;
import com.minicrm.application.port.out.IngestionQueue;
import com.minicrm.domain.customer.OrderDraft;
import com.minicrm.domain.ingestion.IngestionBatch;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Validates an order request as a whole and hands it to the queue. */
public class IngestOrdersService implements IngestOrdersUseCase {
    private final IngestionQueue queue;

    public IngestOrdersService(IngestionQueue queue) {
        this.queue = queue;
    }

    @Override
    public CompletionStage<IngestionAccepted> ingestOrders(List<OrderDraft> orders, String listField) {
        var batch = IngestionBatch.Orders.validated(UUID.randomUUID().toString(), orders, listField);
        return QueueFailures.retryLaterOnFailure(() -> queue.publish(batch)).thenApply(done -> new IngestionAccepted(batch.size(), batch.requestId()));
    }
}
