package com.minicrm.bootstrap.wiring;

import com.minicrm.application.port.in.consent.FindSubscriptionsUseCase;
import com.minicrm.application.port.in.consent.ReceiveInboundReplyUseCase;
import com.minicrm.application.port.out.consent.InboundReplays;
import com.minicrm.application.port.out.consent.InboundReplies;
import com.minicrm.application.port.out.consent.Subscriptions;
import com.minicrm.application.service.consent.FindSubscriptionsService;
import com.minicrm.application.service.consent.ReceiveInboundReplyService;
import com.minicrm.domain.campaign.ReceiptSignature;
import com.minicrm.domain.consent.FrequencyCap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires subscriptions, the frequency cap and the other consent rules to their adapters and settings. */
@ApplicationScoped
public class ConsentWiring {

    @Produces
    @ApplicationScoped
    FindSubscriptionsUseCase findSubscriptions(Subscriptions subscriptions) {
        return new FindSubscriptionsService(subscriptions);
    }

    /** Signed with the receipts' secret, which the vendor already shares, but with its own record of seen signatures. */
    @Produces
    @ApplicationScoped
    ReceiveInboundReplyUseCase receiveInboundReply(ReceiptSignature signature, InboundReplays replays, InboundReplies replies, Clock clock) {
        return new ReceiveInboundReplyService(signature, replays, replies, clock);
    }

    @Produces
    @Singleton
    FrequencyCap frequencyCap(@ConfigProperty(name = "crm.consent.frequency-cap.messages") int messages,
            @ConfigProperty(name = "crm.consent.frequency-cap.window") Duration window) {
        return new FrequencyCap(messages, window);
    }
}
