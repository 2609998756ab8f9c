package com.minicrm.application.service;

import com.minicrm.application.port.in.BrowseCustomersUseCase;
import com.minicrm.application.port.in.Page;
import com.minicrm.application.port.out.CustomerDirectory;
import com.minicrm.application.port.out.Customers;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.customer.CustomerSort;
import com.minicrm.domain.customer.CustomerTotals;
import com.minicrm.domain.validation.Violations;
import java.util.Optional;

/** Serves the customer pages from the customer directory. */
public class BrowseCustomersService implements BrowseCustomersUseCase {
    static final int MAX_TEXT = 100;
    private final CustomerDirectory directory;
    private final Customers customers;

    public BrowseCustomersService(CustomerDirectory directory, Customers customers) {
        this.directory = directory;
        this.customers = customers;
    }

    @Override
    public Page<CustomerProfile> search(String text, CustomerSort sort, int page, int size) {
        Violations violations = new Violations();
        if (page < 0) {
            violations.add("page", "must be 0 or more");
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            violations.add("size", "must be between 1 and " + Page.MAX_SIZE);
        }
        String query = text == null ? "" : text.strip();
        if (query.length() > MAX_TEXT) {
            violations.add("q", "must be at most " + MAX_TEXT + " characters");
        }
        if (sort == null) {
            violations.add("sort", "is required");
        }
        violations.throwIfAny();
        return new Page<>(directory.search(query, sort, Page.offset(page, size), size), page, size, directory.countMatching(query));
    }

    @Override
    public Optional<CustomerDetail> detail(String externalId) {
        return customers.findByExternalId(externalId)
                .map(profile -> new CustomerDetail(profile, directory.ordersOf(profile.id(), RECENT_ORDERS)));
    }

    @Override
    public CustomerTotals totals() {
        return directory.totals();
    }
}
