package com.minicrm.application.port.out;

import com.minicrm.domain.ingestion.IngestionBatch;
import java.util.concurrent.CompletionStage;

/** The durable queue between the ingestion API and the writer. */
public interface IngestionQueue {
    /**
     * Completes when the broker has confirmed the batch; fails with {@link
     * QueueUnavailableException} when it cannot within a bounded time.
     */
    CompletionStage<Void> publish(IngestionBatch batch);
}
