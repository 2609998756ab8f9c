package com.minicrm.bootstrap.wiring;

import com.minicrm.application.port.in.AcceptDeliveryReceiptUseCase;
import com.minicrm.application.port.in.ApplyDeliveryReceiptsUseCase;
import com.minicrm.application.port.in.DeliverMessagesUseCase;
import com.minicrm.application.port.in.FindCampaignsUseCase;
import com.minicrm.application.port.in.LaunchCampaignUseCase;
import com.minicrm.application.port.in.ReconcileDeliveriesUseCase;
import com.minicrm.application.port.out.AudienceRules;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.application.port.out.DeliveryQueue;
import com.minicrm.application.port.out.MessagingVendor;
import com.minicrm.application.port.out.ReceiptQueue;
import com.minicrm.application.service.AcceptDeliveryReceiptService;
import com.minicrm.application.service.ApplyDeliveryReceiptsService;
import com.minicrm.application.service.DeliverMessagesService;
import com.minicrm.application.service.FindCampaignsService;
import com.minicrm.application.service.LaunchCampaignService;
import com.minicrm.application.service.ReconcileDeliveriesService;
import com.minicrm.bootstrap.metrics.MeteredApplyDeliveryReceipts;
import com.minicrm.domain.campaign.ReceiptSignature;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires the campaign and delivery use cases to their adapters. */
@ApplicationScoped
public class CampaignWiring {
    @ConfigProperty(name = "crm.campaigns.job-size")
    int jobSize;

    @Produces
    @ApplicationScoped
    LaunchCampaignUseCase launchCampaign(
            AudienceRules rules, Campaigns campaigns, CommunicationLog log, DeliveryQueue queue, Clock clock) {
        return new LaunchCampaignService(rules, campaigns, log, queue, clock, jobSize);
    }

    @Produces
    @ApplicationScoped
    FindCampaignsUseCase findCampaigns(Campaigns campaigns, CommunicationLog log) {
        return new FindCampaignsService(campaigns, log);
    }

    @Produces
    @ApplicationScoped
    AcceptDeliveryReceiptUseCase acceptDeliveryReceipt(ReceiptQueue queue) {
        return new AcceptDeliveryReceiptService(queue);
    }

    @Produces
    @ApplicationScoped
    ApplyDeliveryReceiptsUseCase applyDeliveryReceipts(CommunicationLog log, Clock clock, MeterRegistry registry) {
        return new MeteredApplyDeliveryReceipts(new ApplyDeliveryReceiptsService(log, clock), registry, clock);
    }

    @Produces
    @ApplicationScoped
    DeliverMessagesUseCase deliverMessages(CommunicationLog log, MessagingVendor vendor, Clock clock) {
        return new DeliverMessagesService(log, vendor, clock);
    }

    @Produces
    @ApplicationScoped
    ReconcileDeliveriesUseCase reconcileDeliveries(
            Campaigns campaigns,
            CommunicationLog log,
            DeliveryQueue queue,
            Clock clock,
            @ConfigProperty(name = "crm.campaigns.receipt-timeout") Duration receiptTimeout) {
        return new ReconcileDeliveriesService(campaigns, log, queue, clock, jobSize, receiptTimeout);
    }

    @Produces
    @ApplicationScoped
    ReceiptSignature receiptSignature(
            @ConfigProperty(name = "crm.receipts.secret") String secret,
            @ConfigProperty(name = "crm.receipts.window") Duration window) {
        return new ReceiptSignature(secret, window);
    }
}
