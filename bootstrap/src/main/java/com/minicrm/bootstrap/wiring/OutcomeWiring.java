package com.minicrm.bootstrap.wiring;

import com.minicrm.application.port.in.outcome.ReadCampaignOutcomesUseCase;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.outcome.Outcomes;
import com.minicrm.application.service.outcome.ReadCampaignOutcomesService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Wires the campaign outcome use cases (conversions, revenue, variants, holdout, lift). */
@ApplicationScoped
public class OutcomeWiring {
    @Produces
    @ApplicationScoped
    ReadCampaignOutcomesUseCase readCampaignOutcomes(Campaigns campaigns, Outcomes outcomes) {
        return new ReadCampaignOutcomesService(campaigns, outcomes);
    }
}
