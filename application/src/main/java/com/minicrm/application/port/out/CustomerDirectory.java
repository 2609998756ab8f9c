package com.minicrm.application.port.out;

import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.customer.CustomerSort;
import com.minicrm.domain.customer.CustomerTotals;
import com.minicrm.domain.customer.PlacedOrder;
import java.util.List;

/** The read side of the customer base, as marketers browse it: search, a customer's orders, totals. */
public interface CustomerDirectory {
    /** In the given order (ties newest first); a blank text matches everyone, and a tag matches exactly, in any case. */
    List<CustomerProfile> search(String text, CustomerSort sort, long offset, int limit);

    long countMatching(String text);

    /** Newest first. */
    List<PlacedOrder> ordersOf(long customerId, int limit);

    CustomerTotals totals();
}
