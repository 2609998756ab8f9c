package com.minicrm.application.service.campaign;

import static com.minicrm.application.service.campaign.Fixtures.CLOCK;
import static com.minicrm.application.service.campaign.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.application.port.in.LaunchCampaignUseCase.LaunchCampaignCommand;
import com.minicrm.application.port.in.ReconcileDeliveriesUseCase.Reconciliation;
import com.minicrm.application.service.ApplyDeliveryReceiptsService;
import com.minicrm.application.service.CancelCampaignService;
import com.minicrm.application.service.DeliverMessagesService;
import com.minicrm.application.service.LaunchCampaignService;
import com.minicrm.application.service.ReconcileDeliveriesService;
import com.minicrm.domain.campaign.AppliedOutcomes;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignDraft;
import com.minicrm.domain.campaign.CampaignNotFoundException;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.campaign.DeliveryJob;
import com.minicrm.domain.campaign.DeliveryOutcome;
import com.minicrm.domain.campaign.DeliveryStatus;
import com.minicrm.domain.campaign.IllegalCampaignTransitionException;
import com.minicrm.domain.campaign.SendResult;
import com.minicrm.domain.campaign.VendorReply;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Delivering, applying receipts and reconciling, against in-memory ports. */
class DeliveryServicesTest {
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    private final InMemoryCommunicationLog log = new InMemoryCommunicationLog(campaigns, Fixtures.customers(4));
    private final Fixtures.RecordingQueue queue = new Fixtures.RecordingQueue();

    private Campaign launch() {
        return new LaunchCampaignService(Fixtures.RULES, campaigns, log, queue, CLOCK, 10)
                .launch(new LaunchCampaignCommand(new CampaignDraft("c", null, "{}", "Hi", "SMS", null), "asha"));
    }

    private static DeliveryOutcome receipt(long id, DeliveryStatus status, int second) {
        return new DeliveryOutcome(id, status, "v-" + id, null, NOW.plusSeconds(second));
    }

    @Test
    void aJobDeliveredTwiceHandsEachMessageToTheVendorOnce() {
        launch();
        Fixtures.ScriptedVendor vendor = Fixtures.ScriptedVendor.acceptingAll();
        DeliverMessagesService deliver = new DeliverMessagesService(log, vendor, CLOCK);
        DeliveryJob job = queue.jobs.get(0);

        assertThat(deliver.deliver(job)).isEqualTo(4);
        assertThat(deliver.deliver(job)).isZero();

        assertThat(vendor.handedOver).containsExactlyInAnyOrder(100L, 101L, 102L, 103L);
        assertThat(log.rows.values()).allSatisfy(r -> assertThat(r.status).isEqualTo(DeliveryStatus.SUBMITTED));
    }

    @Test
    void aMessageTheVendorNeverTookFailsAndCounts() {
        Campaign campaign = launch();
        Fixtures.ScriptedVendor vendor = new Fixtures.ScriptedVendor(m -> m.messageId() == 100
                ? new SendResult(100, new VendorReply.Rejected(503, "busy"), 4)
                : new SendResult(m.messageId(), new VendorReply.Accepted("v"), 1));

        new DeliverMessagesService(log, vendor, CLOCK).deliver(queue.jobs.get(0));

        assertThat(log.rows.get(100L).status).isEqualTo(DeliveryStatus.FAILED);
        assertThat(log.rows.get(100L).attempts).isEqualTo(4);
        assertThat(campaign.failed()).isEqualTo(1);
        assertThat(campaign.pending()).isEqualTo(3);
    }

    @Test
    void duplicateReceiptsInOneBatchCollapseAndTheEarlierWins() {
        Campaign campaign = launch();
        ApplyDeliveryReceiptsService apply = new ApplyDeliveryReceiptsService(log, CLOCK);

        AppliedOutcomes result = apply.apply(List.of(
                receipt(100, DeliveryStatus.SENT, 5),
                receipt(100, DeliveryStatus.SENT, 5),
                receipt(101, DeliveryStatus.SENT, 9),
                receipt(101, DeliveryStatus.FAILED, 2)));

        assertThat(result).isEqualTo(new AppliedOutcomes(2, 2));
        assertThat(log.rows.get(101L).status).isEqualTo(DeliveryStatus.FAILED);
        assertThat(campaign.sent()).isEqualTo(1);
        assertThat(campaign.failed()).isEqualTo(1);
    }

    @Test
    void aReceiptForAMessageTheLogDoesNotHoldIsIgnoredAndCountedAsUnknown() {
        launch();
        ApplyDeliveryReceiptsService apply = new ApplyDeliveryReceiptsService(log, CLOCK);

        AppliedOutcomes result = apply.apply(List.of(receipt(100, DeliveryStatus.SENT, 1), receipt(999_999, DeliveryStatus.SENT, 1)));

        assertThat(result).isEqualTo(new AppliedOutcomes(1, 1, 1));
    }

    @Test
    void aLateReceiptChangesNothingAndTheLastOneCompletesTheCampaign() {
        Campaign campaign = launch();
        ApplyDeliveryReceiptsService apply = new ApplyDeliveryReceiptsService(log, CLOCK);
        apply.apply(List.of(receipt(100, DeliveryStatus.SENT, 1), receipt(101, DeliveryStatus.SENT, 1),
                receipt(102, DeliveryStatus.FAILED, 1)));

        assertThat(apply.apply(List.of(receipt(100, DeliveryStatus.FAILED, 0)))).isEqualTo(new AppliedOutcomes(0, 1));
        apply.apply(List.of(receipt(103, DeliveryStatus.SENT, 3)));

        assertThat(campaign.sent()).isEqualTo(3);
        assertThat(campaign.failed()).isEqualTo(1);
        assertThat(campaign.status()).isEqualTo(CampaignStatus.COMPLETED);
    }

    @Test
    void theReconcilerQueuesAgainMessagesWhoseJobWasLostButOnlyOncePerTimeout() {
        launch();
        queue.jobs.clear();
        Clock later = Clock.fixed(NOW.plus(Duration.ofMinutes(11)), ZoneOffset.UTC);
        ReconcileDeliveriesService reconciler = new ReconcileDeliveriesService(campaigns, log, queue, later, 10, Duration.ofHours(1), Duration.ofMinutes(10));

        assertThat(reconciler.reconcile().jobsRequeued()).isEqualTo(4);
        assertThat(reconciler.reconcile().jobsRequeued()).isZero();
        assertThat(queue.jobs).extracting(DeliveryJob::fromId).containsExactly(100L, 101L, 102L, 103L);
    }

    @Test
    void lostJobsAndMissingReceiptsWaitForTheirOwnTimeouts() {
        launch();
        queue.jobs.clear();
        new DeliverMessagesService(log, Fixtures.ScriptedVendor.acceptingAll(), CLOCK).deliver(new DeliveryJob(1, 100, 101));
        Clock later = Clock.fixed(NOW.plus(Duration.ofMinutes(3)), ZoneOffset.UTC);

        Reconciliation shortLostJobTimeout =
                new ReconcileDeliveriesService(campaigns, log, queue, later, 10, Duration.ofMinutes(5), Duration.ofMinutes(2)).reconcile();
        assertThat(shortLostJobTimeout).isEqualTo(new Reconciliation(0, 0, 2, 0));
        assertThat(queue.jobs).extracting(DeliveryJob::fromId).containsExactly(102L, 103L);

        Clock evenLater = Clock.fixed(NOW.plus(Duration.ofMinutes(6)), ZoneOffset.UTC);
        Reconciliation shortReceiptTimeout =
                new ReconcileDeliveriesService(campaigns, log, queue, evenLater, 10, Duration.ofMinutes(5), Duration.ofHours(1)).reconcile();
        assertThat(shortReceiptTimeout).isEqualTo(new Reconciliation(0, 0, 0, 2));
        assertThat(log.rows.get(100L).status).isEqualTo(DeliveryStatus.FAILED);
        assertThat(log.rows.get(102L).status).isEqualTo(DeliveryStatus.QUEUED);
    }

    @Test
    void cancellingWithdrawsOnlyTheMessagesNoWorkerClaimedAndLaterReceiptsStillCount() {
        Campaign campaign = launch();
        new DeliverMessagesService(log, Fixtures.ScriptedVendor.acceptingAll(), CLOCK).deliver(new DeliveryJob(1, 100, 101));

        Campaign cancelled = new CancelCampaignService(log, CLOCK).cancel(campaign.requireId());
        new ApplyDeliveryReceiptsService(log, CLOCK).apply(List.of(receipt(100, DeliveryStatus.SENT, 1)));

        assertThat(cancelled.status()).isEqualTo(CampaignStatus.CANCELLED);
        assertThat(log.rows.get(102L).status).isEqualTo(DeliveryStatus.CANCELLED);
        assertThat(log.rows.get(103L).status).isEqualTo(DeliveryStatus.CANCELLED);
        assertThat(campaign.cancelled()).isEqualTo(2);
        assertThat(campaign.sent()).isEqualTo(1);
        assertThat(campaign.pending()).isEqualTo(1);
        assertThat(new DeliverMessagesService(log, Fixtures.ScriptedVendor.acceptingAll(), CLOCK)
                .deliver(new DeliveryJob(1, 100, 103))).isZero();
    }

    @Test
    void aFinishedCampaignCannotBeCancelledAndAMissingOneIsNotFound() {
        Campaign campaign = launch();
        CancelCampaignService cancel = new CancelCampaignService(log, CLOCK);
        cancel.cancel(campaign.requireId());

        assertThatThrownBy(() -> cancel.cancel(campaign.requireId())).isInstanceOf(IllegalCampaignTransitionException.class);
        assertThatThrownBy(() -> cancel.cancel(999)).isInstanceOf(CampaignNotFoundException.class);
    }

    @Test
    void theAudienceIsFrozenInChunksAndEachChunksJobsAreQueuedAsItIsWritten() {
        log.chunkSize = 3;

        Campaign campaign = launch();

        assertThat(queue.jobs).extracting(DeliveryJob::fromId, DeliveryJob::toId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(100L, 102L), org.assertj.core.groups.Tuple.tuple(103L, 103L));
        assertThat(campaign.isAudienceFrozen()).isTrue();
        assertThat(campaign.audienceSize()).isEqualTo(4);
    }

    @Test
    void aBrokerThatRefusesTheJobsFailsTheLaunchWithItsOwnErrorAndLeavesTheRowsQueuedForTheSweep() {
        log.chunkSize = 3;
        LaunchCampaignService launch = new LaunchCampaignService(Fixtures.RULES, campaigns, log,
                jobs -> {
                    throw new IllegalStateException("broker did not confirm");
                }, CLOCK, 10);

        assertThatThrownBy(() -> launch.launch(new LaunchCampaignCommand(new CampaignDraft("c", null, "{}", "Hi", "SMS", null), "a")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("broker did not confirm");
        assertThat(log.rows.values()).isNotEmpty().allSatisfy(r -> assertThat(r.status).isEqualTo(DeliveryStatus.QUEUED));
    }

    @Test
    void aFreezeLeftHalfDoneIsFinishedByTheReconcilerAndNoCustomerIsFrozenTwice() {
        log.chunkSize = 3;
        Campaign campaign = campaigns.add(Campaign.launch(new CampaignDraft("c", null, "{}", "Hi", "SMS", null).validate(),
                Fixtures.RULES.freeze(null, "{}"), "asha", NOW));
        log.freezeNextChunk(campaign.requireId(), 10, NOW);
        Clock later = Clock.fixed(NOW.plus(Duration.ofMinutes(11)), ZoneOffset.UTC);
        ReconcileDeliveriesService reconciler =
                new ReconcileDeliveriesService(campaigns, log, queue, later, 10, Duration.ofHours(1), Duration.ofMinutes(10));

        assertThat(reconciler.reconcile().freezesResumed()).isEqualTo(1);
        assertThat(reconciler.reconcile().freezesResumed()).isZero();

        assertThat(campaign.isAudienceFrozen()).isTrue();
        assertThat(campaign.audienceSize()).isEqualTo(4);
        assertThat(log.rows).hasSize(4);
        // The rest of the audience is queued by the resumed freeze; the first chunk's jobs died with
        // the instance, so the same sweep queues them again as lost.
        assertThat(queue.jobs).extracting(DeliveryJob::fromId).containsExactly(103L, 100L, 101L, 102L);
    }

    @Test
    void theReconcilerStartsDueCampaignsAndTimesOutMessagesWithoutReceipt() {
        Campaign later = new LaunchCampaignService(Fixtures.RULES, campaigns, log, queue, CLOCK, 10)
                .launch(new LaunchCampaignCommand(new CampaignDraft("c", null, "{}", "Hi", "SMS", NOW.plusSeconds(60)), "a"));
        Clock inAnHour = Clock.offset(CLOCK, Duration.ofHours(1));
        ReconcileDeliveriesService reconciler =
                new ReconcileDeliveriesService(campaigns, log, queue, inAnHour, 10, Duration.ofMinutes(10), Duration.ofMinutes(10));

        assertThat(reconciler.reconcile()).isEqualTo(new Reconciliation(1, 0, 0, 0));
        assertThat(later.status()).isEqualTo(CampaignStatus.RUNNING);
        new DeliverMessagesService(log, Fixtures.ScriptedVendor.acceptingAll(), inAnHour).deliver(queue.jobs.get(0));

        Clock muchLater = Clock.fixed(NOW.plus(Duration.ofHours(2)), ZoneOffset.UTC);
        Reconciliation swept = new ReconcileDeliveriesService(campaigns, log, queue, muchLater, 10, Duration.ofMinutes(10), Duration.ofMinutes(10))
                .reconcile();

        assertThat(swept).isEqualTo(new Reconciliation(0, 0, 0, 4));
        assertThat(later.failed()).isEqualTo(4);
        assertThat(later.status()).isEqualTo(CampaignStatus.COMPLETED);
    }
}
