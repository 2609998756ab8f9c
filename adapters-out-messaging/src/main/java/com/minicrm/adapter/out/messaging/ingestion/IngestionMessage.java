package com.minicrm.adapter.out.messaging.ingestion;

import com.minicrm.domain.customer.CustomerDraft;
import com.minicrm.domain.customer.OrderDraft;
import com.minicrm.domain.ingestion.IngestionBatch;
import java.util.List;

/** The wire form of one ingestion request on the queue. */
record IngestionMessage(String kind, String requestId, List<CustomerDraft> customers, List<OrderDraft> orders) {
    static final String CUSTOMERS = "customers";
    static final String ORDERS = "orders";

    static IngestionMessage from(IngestionBatch batch) {
        if (batch instanceof IngestionBatch.Customers c) {
            return new IngestionMessage(CUSTOMERS, c.requestId(), c.customers(), null);
        }
        IngestionBatch.Orders o = (IngestionBatch.Orders) batch;
        return new IngestionMessage(ORDERS, o.requestId(), null, o.orders());
    }

    /** Rebuilds the batch, checking it again: the queue is a trust boundary too. */
    IngestionBatch toBatch() {
        if (CUSTOMERS.equals(kind)) {
            return IngestionBatch.Customers.validated(requestId, customers, "customers");
        }
        if (ORDERS.equals(kind)) {
            return IngestionBatch.Orders.validated(requestId, orders, "orders");
        }
        throw new IllegalArgumentException("unknown message kind: " + kind);
    }
}
