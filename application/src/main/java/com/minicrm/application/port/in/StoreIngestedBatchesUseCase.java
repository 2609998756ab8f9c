package com.minicrm.application.port.in;

import com.minicrm.domain.ingestion.IngestionBatch;
import java.util.List;

/** Writes queued ingestion requests to the customer store, all of them in one transaction. */
public interface StoreIngestedBatchesUseCase {
    void store(List<IngestionBatch> batches);
}
