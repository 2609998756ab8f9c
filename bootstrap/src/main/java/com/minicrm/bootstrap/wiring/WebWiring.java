package com.minicrm.bootstrap.wiring;

import com.minicrm.adapter.in.web.signin.SignInConfig;
import com.minicrm.application.port.in.SignInMarketerUseCase;
import com.minicrm.application.port.out.Marketers;
import com.minicrm.application.service.SignInMarketerService;
import com.minicrm.domain.marketer.SignInPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.List;

/** Wires the web app's sign-in to its policy from configuration and to the marketer store. */
@ApplicationScoped
public class WebWiring {
    @Produces
    @ApplicationScoped
    SignInMarketerUseCase signInMarketer(Marketers marketers, SignInConfig config, Clock clock) {
        SignInPolicy policy = SignInPolicy.of(config.allowedEmailDomains().orElse(List.of()),
                config.allowedEmails().orElse(List.of()));
        return new SignInMarketerService(marketers, policy, clock, config.recordEvery());
    }
}
