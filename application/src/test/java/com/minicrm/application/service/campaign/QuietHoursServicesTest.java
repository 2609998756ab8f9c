package com.minicrm.application.service.campaign;

import static com.minicrm.application.service.campaign.Fixtures.CLOCK;
import static com.minicrm.application.service.campaign.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.in.LaunchCampaignUseCase.LaunchCampaignCommand;
import com.minicrm.application.port.out.consent.QuietHoursHolds;
import com.minicrm.application.service.DeliverMessagesService;
import com.minicrm.application.service.LaunchCampaignService;
import com.minicrm.application.service.consent.QuietHoursGate;
import com.minicrm.application.service.consent.ResumeAfterQuietHoursService;
import com.minicrm.domain.campaign.CampaignDraft;
import com.minicrm.domain.campaign.DeliveryJob;
import com.minicrm.domain.campaign.DeliveryStatus;
import com.minicrm.domain.consent.QuietHours;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A job of a held campaign claims nothing and records the wait; the resume queues the waiting rows once, at the opening. */
class QuietHoursServicesTest {
    /** Sending from 10:00 to 20:00 UTC, so the fixtures' 09:00 is quiet and the window opens in an hour. */
    private static final QuietHours TEN_TO_EIGHT = new QuietHours(LocalTime.of(10, 0), LocalTime.of(20, 0), ZoneOffset.UTC);
    private static final Instant OPENING = NOW.plusSeconds(3600);
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    private final InMemoryCommunicationLog log = new InMemoryCommunicationLog(campaigns, Fixtures.customers(4));
    private final Fixtures.RecordingQueue queue = new Fixtures.RecordingQueue();
    private final Holds holds = new Holds();

    private long launch(String channel, boolean transactional) {
        return new LaunchCampaignService(Fixtures.RULES, campaigns, log, queue, CLOCK, 10)
                .launch(new LaunchCampaignCommand(new CampaignDraft("c", null, "{}", "Hi", channel, null, transactional), "asha"))
                .requireId();
    }

    private DeliverMessagesService deliverAt(Instant at, Fixtures.ScriptedVendor vendor) {
        return new DeliverMessagesService(log, vendor, CLOCK, new QuietHoursGate(campaigns, holds, TEN_TO_EIGHT, Clock.fixed(at, ZoneOffset.UTC)));
    }

    @Test
    void aPromotionalSmsDueInQuietHoursWaitsQueuedAndGoesOutOnceAtTheOpening() {
        long id = launch("SMS", false);
        Fixtures.ScriptedVendor vendor = Fixtures.ScriptedVendor.acceptingAll();
        DeliveryJob job = queue.jobs.get(0);

        assertThat(deliverAt(NOW, vendor).deliver(job)).isZero();
        assertThat(vendor.handedOver).isEmpty();
        assertThat(log.rows.values()).allSatisfy(r -> assertThat(r.status).isEqualTo(DeliveryStatus.QUEUED));
        assertThat(holds.resumeAt(id)).contains(OPENING);

        queue.jobs.clear();
        assertThat(new ResumeAfterQuietHoursService(holds, queue, Clock.fixed(OPENING.minusSeconds(1), ZoneOffset.UTC), 10).resumeDue()).isZero();
        assertThat(new ResumeAfterQuietHoursService(holds, queue, Clock.fixed(OPENING, ZoneOffset.UTC), 10).resumeDue()).isEqualTo(1);
        assertThat(holds.resumeAt(id)).isEmpty();
        assertThat(queue.jobs).containsExactly(new DeliveryJob(id, 100, 103));

        assertThat(deliverAt(OPENING, vendor).deliver(queue.jobs.get(0))).isEqualTo(4);
        assertThat(deliverAt(OPENING, vendor).deliver(job)).isZero();
        assertThat(vendor.handedOver).containsExactlyInAnyOrder(100L, 101L, 102L, 103L);
    }

    @Test
    void eMailAndTransactionalMessagesAreNotHeld() {
        launch("EMAIL", false);
        launch("SMS", true);
        Fixtures.ScriptedVendor vendor = Fixtures.ScriptedVendor.acceptingAll();
        assertThat(deliverAt(NOW, vendor).deliver(queue.jobs.get(0))).isEqualTo(4);
        assertThat(deliverAt(NOW, vendor).deliver(queue.jobs.get(1))).isEqualTo(4);
        assertThat(holds.byCampaign).isEmpty();
    }

    /** Holds in a map; the queued rows come from the in-memory log. */
    private final class Holds implements QuietHoursHolds {
        final Map<Long, Instant> byCampaign = new HashMap<>();

        @Override
        public void hold(long campaignId, Instant resumeAt) {
            byCampaign.merge(campaignId, resumeAt, (a, b) -> a.isAfter(b) ? a : b);
        }

        @Override
        public Optional<Instant> resumeAt(long campaignId) {
            return Optional.ofNullable(byCampaign.get(campaignId));
        }

        @Override
        public List<Hold> due(Instant now, int limit) {
            return byCampaign.entrySet().stream().filter(e -> !e.getValue().isAfter(now))
                    .map(e -> new Hold(e.getKey(), e.getValue())).limit(limit).toList();
        }

        @Override
        public List<DeliveryJob> queuedJobs(long campaignId, int jobSize) {
            List<Long> ids = log.rows.values().stream()
                    .filter(r -> r.campaignId == campaignId && r.status == DeliveryStatus.QUEUED).map(r -> r.id).sorted().toList();
            return ids.isEmpty() ? List.of() : List.of(new DeliveryJob(campaignId, ids.get(0), ids.get(ids.size() - 1)));
        }

        @Override
        public boolean release(Hold hold) {
            return byCampaign.remove(hold.campaignId(), hold.resumeAt());
        }
    }
}
