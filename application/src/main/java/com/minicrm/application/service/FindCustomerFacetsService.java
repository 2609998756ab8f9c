package com.minicrm.application.service;

import com.minicrm.application.port.in.FindCustomerFacetsUseCase;
import com.minicrm.application.port.out.CustomerFacets;

/** Reads the city and tag suggestions for the segment builder. */
public class FindCustomerFacetsService implements FindCustomerFacetsUseCase {
    private final CustomerFacets customerFacets;

    public FindCustomerFacetsService(CustomerFacets customerFacets) {
        this.customerFacets = customerFacets;
    }

    @Override
    public Facets facets() {
        return new Facets(customerFacets.cities(MAX_VALUES), customerFacets.tags(MAX_VALUES));
    }
}
