package com.minicrm.adapter.in.rest.customer;

import com.minicrm.application.port.in.Page;
import com.minicrm.domain.customer.CustomerProfile;
import java.util.List;

/** One page of customers, newest first. */
public record CustomerPageResponse(List<CustomerResponse> items, int page, int size, long total) {
    static CustomerPageResponse from(Page<CustomerProfile> page) {
        return new CustomerPageResponse(page.items().stream().map(CustomerResponse::from).toList(), page.page(), page.size(), page.total());
    }
}
