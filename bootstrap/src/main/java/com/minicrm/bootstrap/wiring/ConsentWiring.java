package com.minicrm.bootstrap.wiring;

import com.minicrm.application.port.in.consent.FindSubscriptionsUseCase;
import com.minicrm.application.port.in.consent.ReadSendingRulesUseCase;
import com.minicrm.application.port.in.consent.ReceiveInboundReplyUseCase;
import com.minicrm.application.port.in.consent.ResumeAfterQuietHoursUseCase;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.DeliveryQueue;
import com.minicrm.application.port.out.consent.InboundReplays;
import com.minicrm.application.port.out.consent.InboundReplies;
import com.minicrm.application.port.out.consent.QuietHoursHolds;
import com.minicrm.application.port.out.consent.Subscriptions;
import com.minicrm.application.service.consent.FindSubscriptionsService;
import com.minicrm.application.service.consent.QuietHoursGate;
import com.minicrm.application.service.consent.ReadSendingRulesService;
import com.minicrm.application.service.consent.ResumeAfterQuietHoursService;
import com.minicrm.application.service.consent.ReceiveInboundReplyService;
import com.minicrm.domain.campaign.ReceiptSignature;
import com.minicrm.domain.consent.FrequencyCap;
import com.minicrm.domain.consent.QuietHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
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

    @Produces
    @Singleton
    QuietHours quietHours(@ConfigProperty(name = "crm.consent.sending-hours") String window,
            @ConfigProperty(name = "crm.consent.brand-time-zone") ZoneId zone) {
        return QuietHours.of(window, zone);
    }

    @Produces
    @ApplicationScoped
    QuietHoursGate quietHoursGate(Campaigns campaigns, QuietHoursHolds holds, QuietHours quietHours,
            @QuietHoursClock Clock clock) {
        return new QuietHoursGate(campaigns, holds, quietHours, clock);
    }

    @Produces
    @ApplicationScoped
    ResumeAfterQuietHoursUseCase resumeAfterQuietHours(QuietHoursHolds holds, DeliveryQueue queue,
            @QuietHoursClock Clock clock, @ConfigProperty(name = "crm.campaigns.job-size") int jobSize) {
        return new ResumeAfterQuietHoursService(holds, queue, clock, jobSize);
    }

    @Produces
    @ApplicationScoped
    ReadSendingRulesUseCase readSendingRules(FrequencyCap cap, QuietHours quietHours, QuietHoursHolds holds, Campaigns campaigns) {
        return new ReadSendingRulesService(cap, quietHours, holds, campaigns);
    }
}
