package com.minicrm.bootstrap.wiring;

import com.minicrm.adapter.out.vendor.VendorApiKey;
import com.minicrm.adapter.out.vendor.delivery.VendorConfig;
import com.minicrm.application.port.in.AcceptDeliveryReceiptUseCase;
import com.minicrm.application.port.in.ApplyDeliveryReceiptsUseCase;
import com.minicrm.application.port.in.CancelCampaignUseCase;
import com.minicrm.application.port.in.DeliverMessagesUseCase;
import com.minicrm.application.port.in.FindCampaignsUseCase;
import com.minicrm.application.port.in.LaunchCampaignUseCase;
import com.minicrm.application.port.in.ReconcileDeliveriesUseCase;
import com.minicrm.application.port.in.campaign.VerifyReceiptUseCase;
import com.minicrm.application.port.out.AudienceRules;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.application.port.out.DeliveryQueue;
import com.minicrm.application.port.out.MessagingVendor;
import com.minicrm.application.port.out.ReceiptQueue;
import com.minicrm.application.port.out.ai.CampaignTagger;
import com.minicrm.application.port.out.campaign.DeliverySecrets;
import com.minicrm.application.port.out.campaign.ReceiptReplays;
import com.minicrm.application.service.AcceptDeliveryReceiptService;
import com.minicrm.application.service.ApplyDeliveryReceiptsService;
import com.minicrm.application.service.CancelCampaignService;
import com.minicrm.application.service.DeliverMessagesService;
import com.minicrm.application.service.FindCampaignsService;
import com.minicrm.application.service.LaunchCampaignService;
import com.minicrm.application.service.ReconcileDeliveriesService;
import com.minicrm.application.service.campaign.VerifyReceiptService;
import com.minicrm.application.service.consent.QuietHoursGate;
import com.minicrm.bootstrap.metrics.MeteredApplyDeliveryReceipts;
import com.minicrm.domain.campaign.ReceiptSignature;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Wires the campaign and delivery use cases to their adapters. */
@ApplicationScoped
public class CampaignWiring {
    private static final Logger LOG = Logger.getLogger(CampaignWiring.class);
    @ConfigProperty(name = "crm.campaigns.job-size")
    int jobSize;

    /**
     * Freezes the rest of a launched campaign's audience after the launch has answered. Two threads:
     * a freeze is database-bound and chunks of one campaign are serialised by its row lock anyway.
     * Work cut short at shutdown is continued by the reconciler on any instance.
     */
    private final ExecutorService audienceFreezes = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "audience-freeze");
        thread.setDaemon(true);
        return thread;
    });

    @Produces
    @ApplicationScoped
    LaunchCampaignUseCase launchCampaign(AudienceRules rules, Campaigns campaigns, CommunicationLog log, DeliveryQueue queue,
            Clock clock, CampaignTagger tagger,
            @ConfigProperty(name = "crm.campaigns.freeze-pause") Duration freezePause,
            @ConfigProperty(name = "crm.vendor.rate-per-second") int sendRate) {
        // Sleeping is the point here: the pause runs on a freeze thread of its own (audienceFreezes), and
        // shutdownNow() interrupts it, which leaves the freeze unfinished for the reconciler.
        return new LaunchCampaignService(rules, campaigns, log, queue, clock, jobSize, tagger, audienceFreezes,
                freezePause(freezePause, sendRate), pause -> Thread.sleep(pause.toMillis()));
    }

    /**
     * The pause between chunks of a background freeze. Only sending at a limited rate leaves the freeze
     * time to spare, so with no limit there is none; with one, the pause is cut so that the freeze
     * still runs at least twice as fast as sending.
     */
    static Duration freezePause(Duration configured, int sendRate) {
        if (sendRate <= 0) {
            return Duration.ZERO;
        }
        Duration twiceAsFastAsSending = Duration.ofMillis(1000L * CommunicationLog.FREEZE_CHUNK / (2L * sendRate));
        return configured.compareTo(twiceAsFastAsSending) < 0 ? configured : twiceAsFastAsSending;
    }

    @PreDestroy
    void stopFreezing() {
        audienceFreezes.shutdownNow();
    }

    @Produces
    @ApplicationScoped
    FindCampaignsUseCase findCampaigns(Campaigns campaigns, CommunicationLog log) {
        return new FindCampaignsService(campaigns, log);
    }

    @Produces
    @ApplicationScoped
    CancelCampaignUseCase cancelCampaign(CommunicationLog log, Clock clock) {
        return new CancelCampaignService(log, clock);
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
    DeliverMessagesUseCase deliverMessages(CommunicationLog log, MessagingVendor vendor, Clock clock, QuietHoursGate quietHours) {
        return new DeliverMessagesService(log, vendor, clock, quietHours);
    }

    @Produces
    @ApplicationScoped
    ReconcileDeliveriesUseCase reconcileDeliveries(
            Campaigns campaigns,
            CommunicationLog log,
            DeliveryQueue queue,
            Clock clock,
            @ConfigProperty(name = "crm.campaigns.receipt-timeout") Duration receiptTimeout,
            @ConfigProperty(name = "crm.campaigns.lost-job-timeout") Duration lostJobTimeout) {
        return new ReconcileDeliveriesService(campaigns, log, queue, clock, jobSize, receiptTimeout, lostJobTimeout);
    }

    /**
     * The configured secret, or else the one this install generated on its first start and keeps in
     * the database, so that no secret the repository reveals ever signs a receipt the app accepts.
     */
    @Produces
    @Singleton
    ReceiptSignature receiptSignature(
            @ConfigProperty(name = "crm.receipts.secret") Optional<String> configured,
            @ConfigProperty(name = "crm.receipts.window") Duration window,
            DeliverySecrets stored,
            Clock clock) {
        String secret = configured.filter(s -> !s.isBlank())
                .orElseGet(() -> {
                    LOG.info("No CRM_VENDOR_RECEIPT_SECRET is set: receipts are checked against the secret this install"
                            + " generated and keeps in the database (the built-in vendor simulator uses it too)");
                    return stored.establish("receipt-secret", ReceiptSignature.newSecret(), clock.instant());
                });
        if (ReceiptSignature.isPublished(secret)) {
            throw new IllegalStateException("CRM_VENDOR_RECEIPT_SECRET is a value published in the repository; set a secret of your own");
        }
        return new ReceiptSignature(secret, window);
    }

    /** The configured vendor key, or else one generated on first start and kept for every instance. */
    @Produces
    @Singleton
    VendorApiKey vendorApiKey(VendorConfig vendor, DeliverySecrets stored, Clock clock) {
        return new VendorApiKey(vendor.apiKey().filter(k -> !k.isBlank())
                .orElseGet(() -> stored.establish("vendor-api-key", ReceiptSignature.newSecret(), clock.instant())));
    }

    @Produces
    @ApplicationScoped
    VerifyReceiptUseCase verifyReceipt(ReceiptSignature signature, ReceiptReplays replays, Clock clock) {
        return new VerifyReceiptService(signature, replays, clock);
    }
}
