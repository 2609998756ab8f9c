package com.minicrm.application.port.in;

import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.customer.CustomerSort;
import com.minicrm.domain.customer.CustomerTotals;
import com.minicrm.domain.customer.PlacedOrder;
import java.util.List;
import java.util.Optional;

/** What the customer pages show: a searchable list, one customer with their orders, and totals. */
public interface BrowseCustomersUseCase {
    int RECENT_ORDERS = 50;

    /** Matches the text against external id, name, e-mail, phone, city and tag; blank lists everyone. Newest first. */
    default Page<CustomerProfile> search(String text, int page, int size) {
        return search(text, CustomerSort.NEWEST, page, size);
    }

    /** As {@link #search(String, int, int)}, in the given order. */
    Page<CustomerProfile> search(String text, CustomerSort sort, int page, int size);

    Optional<CustomerDetail> detail(String externalId);

    CustomerTotals totals();

    /** A customer with their most recent orders, newest first. */
    record CustomerDetail(CustomerProfile profile, List<PlacedOrder> recentOrders) {
        public CustomerDetail {
            recentOrders = List.copyOf(recentOrders);
        }
    }
}
