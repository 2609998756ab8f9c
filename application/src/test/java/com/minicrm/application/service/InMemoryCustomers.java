package com.minicrm.application.service;

import com.minicrm.application.port.out.Customers;
import com.minicrm.domain.customer.CustomerDraft;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.customer.OrderDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records what the services ask the store to write. */
class InMemoryCustomers implements Customers {
    final List<List<CustomerDraft>> customerWrites = new ArrayList<>();
    final List<List<OrderDraft>> orderWrites = new ArrayList<>();
    long total;

    @Override
    public void store(List<CustomerDraft> customers, List<OrderDraft> orders) {
        customerWrites.add(customers);
        orderWrites.add(orders);
    }

    @Override
    public Optional<CustomerProfile> findByExternalId(String externalId) {
        return Optional.empty();
    }

    @Override
    public List<CustomerProfile> page(long offset, int limit) {
        return List.of();
    }

    @Override
    public long count() {
        return total;
    }
}
