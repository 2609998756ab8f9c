package com.minicrm.application.port.out;

import com.minicrm.domain.customer.CustomerDraft;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.customer.OrderDraft;
import java.util.List;
import java.util.Optional;

/** The brand's customers and their orders, with aggregates kept in step with the orders. */
public interface Customers {
    /**
     * In one transaction: upserts the customers by external id, creates placeholders for unknown
     * customers of the orders, inserts the orders ignoring ones already stored, and recomputes the
     * aggregates of every customer touched.
     */
    void store(List<CustomerDraft> customers, List<OrderDraft> orders);

    Optional<CustomerProfile> findByExternalId(String externalId);

    List<CustomerProfile> page(long offset, int limit);

    long count();
}
