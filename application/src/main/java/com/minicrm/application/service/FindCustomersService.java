package com.minicrm.application.service;

import com.minicrm.application.port.in.FindCustomersUseCase;
import com.minicrm.application.port.in.Page;
import com.minicrm.application.port.out.Customers;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.validation.Violations;
import java.util.Optional;

/** Reads customers back for the API and the pages. */
public class FindCustomersService implements FindCustomersUseCase {
    private final Customers customers;

    public FindCustomersService(Customers customers) {
        this.customers = customers;
    }

    @Override
    public Optional<CustomerProfile> byExternalId(String externalId) {
        return customers.findByExternalId(externalId);
    }

    @Override
    public Page<CustomerProfile> page(int page, int size) {
        Violations violations = new Violations();
        if (page < 0) {
            violations.add("page", "must be 0 or more");
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            violations.add("size", "must be between 1 and " + Page.MAX_SIZE);
        }
        violations.throwIfAny();
        return new Page<>(customers.page(Page.offset(page, size), size), page, size, customers.count());
    }
}
