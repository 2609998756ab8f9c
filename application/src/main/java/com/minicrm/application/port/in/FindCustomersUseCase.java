package com.minicrm.application.port.in;

import com.minicrm.domain.customer.CustomerProfile;
import java.util.Optional;

/** Reads customers back, with their aggregates. */
public interface FindCustomersUseCase {
    Optional<CustomerProfile> byExternalId(String externalId);

    Page<CustomerProfile> page(int page, int size);
}
