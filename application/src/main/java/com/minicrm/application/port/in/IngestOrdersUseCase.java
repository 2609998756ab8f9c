package com.minicrm.application.port.in;

import com.minicrm.domain.customer.OrderDraft;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Accepts orders from a brand: validates them all, then queues them for storage. */
public interface IngestOrdersUseCase {
    /** As {@link IngestCustomersUseCase#ingestCustomers}, for orders. */
    CompletionStage<IngestionAccepted> ingestOrders(List<OrderDraft> orders, String listField);
}
