package com.minicrm.application.service;

import com.minicrm.application.port.in.IngestCustomersUseCase;
import com.minicrm.application.port.in.IngestionAccepted;
import com.minicrm.application.port.out.IngestionQueue;
import com.minicrm.domain.customer.CustomerDraft;
import com.minicrm.domain.ingestion.IngestionBatch;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Validates a customer request as a whole and hands it to the queue. */
public class IngestCustomersService implements IngestCustomersUseCase {
    private final IngestionQueue queue;

    public IngestCustomersService(IngestionQueue queue) {
        this.queue = queue;
    }

    @Override
    public CompletionStage<IngestionAccepted> ingestCustomers(List<CustomerDraft> customers, String listField) {
        var batch = IngestionBatch.Customers.validated(UUID.randomUUID().toString(), customers, listField);
        return QueueFailures.retryLaterOnFailure(() -> queue.publish(batch)).thenApply(done -> new IngestionAccepted(batch.size(), batch.requestId()));
    }
}
