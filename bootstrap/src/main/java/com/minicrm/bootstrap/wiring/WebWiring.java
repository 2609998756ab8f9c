package com.minicrm.bootstrap.wiring;

import com.minicrm.adapter.in.web.signin.SignInConfig;
import com.minicrm.application.port.in.BrowseCustomersUseCase;
import com.minicrm.application.port.in.ReportDeliveryUseCase;
import com.minicrm.application.port.in.SignInMarketerUseCase;
import com.minicrm.application.port.in.marketer.CheckSessionUseCase;
import com.minicrm.application.port.in.marketer.EndSessionUseCase;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.CustomerDirectory;
import com.minicrm.application.port.out.Customers;
import com.minicrm.application.port.out.DeliveryTimeline;
import com.minicrm.application.port.out.Marketers;
import com.minicrm.application.port.out.marketer.MarketerSessions;
import com.minicrm.application.service.BrowseCustomersService;
import com.minicrm.application.service.ReportDeliveryService;
import com.minicrm.application.service.SignInMarketerService;
import com.minicrm.application.service.marketer.CheckSessionService;
import com.minicrm.application.service.marketer.EndSessionService;
import com.minicrm.domain.marketer.SignInPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.List;

/** Wires the web app's use cases: sign-in with its policy from configuration, and the pages' read sides. */
@ApplicationScoped
public class WebWiring {
    @Produces
    @ApplicationScoped
    SignInMarketerUseCase signInMarketer(Marketers marketers, SignInConfig config, Clock clock) {
        SignInPolicy policy = SignInPolicy.of(config.allowedEmailDomains().orElse(List.of()),
                config.allowedEmails().orElse(List.of()));
        return new SignInMarketerService(marketers, policy, clock, config.recordEvery());
    }

    @Produces
    @ApplicationScoped
    CheckSessionUseCase checkSession(MarketerSessions sessions, SignInConfig config, Clock clock) {
        return new CheckSessionService(sessions, clock, config.idleTimeout(), config.recordEvery());
    }

    @Produces
    @ApplicationScoped
    EndSessionUseCase endSession(MarketerSessions sessions, Clock clock) {
        return new EndSessionService(sessions, clock);
    }

    @Produces
    @ApplicationScoped
    BrowseCustomersUseCase browseCustomers(CustomerDirectory directory, Customers customers) {
        return new BrowseCustomersService(directory, customers);
    }

    @Produces
    @ApplicationScoped
    ReportDeliveryUseCase reportDelivery(Campaigns campaigns, DeliveryTimeline timeline) {
        return new ReportDeliveryService(campaigns, timeline);
    }
}
