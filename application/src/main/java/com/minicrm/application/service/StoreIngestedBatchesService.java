package com.minicrm.application.service;

import com.minicrm.application.port.in.StoreIngestedBatchesUseCase;
import com.minicrm.application.port.out.Customers;
import com.minicrm.domain.customer.CustomerDraft;
import com.minicrm.domain.customer.OrderDraft;
import com.minicrm.domain.ingestion.IngestionBatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges queued requests into one write. A customer sent twice in the window keeps its latest
 * version; an order sent twice keeps its first, as storage would.
 */
public class StoreIngestedBatchesService implements StoreIngestedBatchesUseCase {
    private final Customers customers;

    public StoreIngestedBatchesService(Customers customers) {
        this.customers = customers;
    }

    @Override
    public void store(List<IngestionBatch> batches) {
        Map<String, CustomerDraft> latestCustomers = new LinkedHashMap<>();
        Map<String, OrderDraft> firstOrders = new LinkedHashMap<>();
        for (IngestionBatch batch : batches) {
            if (batch instanceof IngestionBatch.Customers c) {
                c.customers().forEach(d -> latestCustomers.put(d.externalId(), d));
            } else if (batch instanceof IngestionBatch.Orders o) {
                o.orders().forEach(d -> firstOrders.putIfAbsent(d.externalId(), d));
            }
        }
        customers.store(List.copyOf(latestCustomers.values()), List.copyOf(firstOrders.values()));
    }
}
