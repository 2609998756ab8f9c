package com.minicrm.bootstrap.wiring;

import com.minicrm.application.port.in.FindCustomerFacetsUseCase;
import com.minicrm.application.port.in.PreviewMessageUseCase;
import com.minicrm.application.port.out.CustomerFacets;
import com.minicrm.application.port.out.Customers;
import com.minicrm.application.service.FindCustomerFacetsService;
import com.minicrm.application.service.PreviewMessageService;
import com.minicrm.domain.consent.UnsubscribeLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Wires what the campaign builder page needs beyond segments and campaigns: suggestions and message previews. */
@ApplicationScoped
public class ComposerWiring {
    @Produces
    @ApplicationScoped
    FindCustomerFacetsUseCase findCustomerFacets(CustomerFacets customerFacets) {
        return new FindCustomerFacetsService(customerFacets);
    }

    @Produces
    @ApplicationScoped
    PreviewMessageUseCase previewMessage(Customers customers, UnsubscribeLinks links) {
        return new PreviewMessageService(customers, links.sampleUrl());
    }
}
