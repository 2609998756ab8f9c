package com.minicrm.application.port.out;

import com.minicrm.domain.customer.CustomerDraft;
import com.minicrm.domain.customer.OrderDraft;
import java.util.List;

/**
 * The CRM's own public ingestion API, seen from outside: what the demo-data loader pushes through,
 * exactly as a brand's system would. Each call returns once the batch was accepted (202), waiting
 * out temporary refusals; it throws {@link IllegalStateException} when the API refuses for good.
 */
public interface IngestionApi {
    int MAX_BATCH = 1_000;

    /** A session for one load; {@link Session#close()} releases its credentials. */
    Session open();

    interface Session extends AutoCloseable {
        void sendCustomers(List<CustomerDraft> customers);

        void sendOrders(List<OrderDraft> orders);

        @Override
        void close();
    }
}
