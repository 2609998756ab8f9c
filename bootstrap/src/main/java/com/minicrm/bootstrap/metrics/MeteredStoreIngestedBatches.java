package com.minicrm.bootstrap.metrics;

import com.minicrm.application.port.in.StoreIngestedBatchesUseCase;
import com.minicrm.domain.ingestion.IngestionBatch;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/** Counts the customers and orders stored, once their transaction has committed. */
public class MeteredStoreIngestedBatches implements StoreIngestedBatchesUseCase {
    private final StoreIngestedBatchesUseCase delegate;
    private final Counter customers;
    private final Counter orders;

    public MeteredStoreIngestedBatches(StoreIngestedBatchesUseCase delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.customers = stored(registry, "customer");
        this.orders = stored(registry, "order");
    }

    private static Counter stored(MeterRegistry registry, String kind) {
        return Counter.builder("crm.ingestion.stored").description("Ingested items written to the database")
                .tag("kind", kind).register(registry);
    }

    @Override
    public void store(List<IngestionBatch> batches) {
        delegate.store(batches);
        for (IngestionBatch batch : batches) {
            (batch instanceof IngestionBatch.Customers ? customers : orders).increment(batch.size());
        }
    }
}
