package com.minicrm.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.domain.customer.CustomerDraft;
import com.minicrm.domain.customer.OrderDraft;
import com.minicrm.domain.ingestion.IngestionBatch;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreIngestedBatchesServiceTest {
    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final StoreIngestedBatchesService service = new StoreIngestedBatchesService(customers);

    private static CustomerDraft customer(String id, String name) {
        return new CustomerDraft(id, name, null, null, null, null, null, null);
    }

    private static OrderDraft order(String id, String amount) {
        return new OrderDraft(id, "c1", new BigDecimal(amount), Instant.parse("2025-01-01T00:00:00Z"), null, null);
    }

    @Test
    void aGroupOfRequestsIsStoredInOneWrite() {
        service.store(List.of(
                new IngestionBatch.Customers("r1", List.of(customer("c1", "A"))),
                new IngestionBatch.Orders("r2", List.of(order("o1", "10"))),
                new IngestionBatch.Customers("r3", List.of(customer("c2", "B")))));

        assertThat(customers.customerWrites).hasSize(1);
        assertThat(customers.customerWrites.get(0)).extracting(CustomerDraft::externalId).containsExactly("c1", "c2");
        assertThat(customers.orderWrites.get(0)).extracting(OrderDraft::externalId).containsExactly("o1");
    }

    @Test
    void theLatestVersionOfACustomerWinsAndTheFirstCopyOfAnOrderWins() {
        service.store(List.of(
                new IngestionBatch.Customers("r1", List.of(customer("c1", "Old"))),
                new IngestionBatch.Orders("r2", List.of(order("o1", "10"), order("o1", "99"))),
                new IngestionBatch.Customers("r3", List.of(customer("c1", "New")))));

        assertThat(customers.customerWrites.get(0)).extracting(CustomerDraft::name).containsExactly("New");
        assertThat(customers.orderWrites.get(0)).extracting(OrderDraft::amount).containsExactly(new BigDecimal("10"));
    }
}
