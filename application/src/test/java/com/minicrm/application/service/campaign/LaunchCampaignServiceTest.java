package com.minicrm.application.service.campaign;

import static com.minicrm.application.service.campaign.Fixtures.CLOCK;
import static com.minicrm.application.service.campaign.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.application.port.in.LaunchCampaignUseCase.LaunchCampaignCommand;
import com.minicrm.application.port.out.ai.CampaignTagger;
import com.minicrm.application.service.LaunchCampaignService;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignDraft;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.campaign.DeliveryJob;
import com.minicrm.domain.validation.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Launching validates, freezes the audience and queues jobs, or waits for its start time. */
class LaunchCampaignServiceTest {
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    private final InMemoryCommunicationLog log = new InMemoryCommunicationLog(campaigns, Fixtures.customers(25));
    private final Fixtures.RecordingQueue queue = new Fixtures.RecordingQueue();
    private final LaunchCampaignService service = new LaunchCampaignService(Fixtures.RULES, campaigns, log, queue, CLOCK, 10);

    private static LaunchCampaignCommand command(String rule, java.time.Instant scheduledAt) {
        return new LaunchCampaignCommand(new CampaignDraft("Spring", null, rule, "Hi {{first_name}}", "SMS", scheduledAt), "asha");
    }

    @Test
    void aCampaignWithoutStartTimeFreezesItsAudienceAndQueuesJobsCoveringEveryMessage() {
        Campaign campaign = service.launch(command("{}", null));

        assertThat(campaign.status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(campaign.audienceSize()).isEqualTo(25);
        assertThat(campaign.pending()).isEqualTo(25);
        assertThat(queue.jobs).hasSize(3);
        assertThat(queue.jobs.stream().mapToLong(j -> j.toId() - j.fromId() + 1).sum()).isEqualTo(25);
        assertThat(log.rows.values()).allSatisfy(r -> assertThat(r.body).startsWith("Hi Person"));
    }

    @Test
    void launchAnswersAfterTheFirstChunkAndFreezesTheRestInTheBackground() {
        log.chunkSize = 10;
        List<Runnable> background = new ArrayList<>();
        LaunchCampaignService deferring = new LaunchCampaignService(
                Fixtures.RULES, campaigns, log, queue, CLOCK, 10, CampaignTagger.NONE, background::add, Duration.ZERO, pause -> {});

        Campaign launched = deferring.launch(command("{}", null));

        assertThat(launched.isAudienceFrozen()).isFalse();
        assertThat(log.rows).hasSize(10);
        assertThat(queue.jobs).hasSize(1);
        assertThat(background).hasSize(1);

        background.get(0).run();

        assertThat(campaigns.byId(launched.requireId()).orElseThrow().isAudienceFrozen()).isTrue();
        assertThat(log.rows).hasSize(25);
        assertThat(queue.jobs.stream().mapToLong(j -> j.toId() - j.fromId() + 1).sum()).isEqualTo(25);
    }

    @Test
    void theBackgroundFreezePausesBetweenChunksButNotAfterTheLast() {
        log.chunkSize = 10;
        List<Runnable> background = new ArrayList<>();
        List<Duration> pauses = new ArrayList<>();
        List<Integer> rowsAtEachPause = new ArrayList<>();
        LaunchCampaignService paced = new LaunchCampaignService(Fixtures.RULES, campaigns, log, queue, CLOCK, 10,
                CampaignTagger.NONE, background::add, Duration.ofSeconds(1), pause -> {
                    pauses.add(pause);
                    rowsAtEachPause.add(log.rows.size());
                });

        Campaign launched = paced.launch(command("{}", null));
        background.get(0).run();

        assertThat(pauses).containsExactly(Duration.ofSeconds(1));
        assertThat(rowsAtEachPause).containsExactly(20);
        assertThat(campaigns.byId(launched.requireId()).orElseThrow().isAudienceFrozen()).isTrue();
        assertThat(log.rows).hasSize(25);
    }

    @Test
    void aFreezeInterruptedBetweenChunksStopsUnfinishedForTheReconciler() {
        log.chunkSize = 10;
        List<Runnable> background = new ArrayList<>();
        LaunchCampaignService paced = new LaunchCampaignService(Fixtures.RULES, campaigns, log, queue, CLOCK, 10,
                CampaignTagger.NONE, background::add, Duration.ofSeconds(1), pause -> {
                    throw new InterruptedException("shutting down");
                });

        Campaign launched = paced.launch(command("{}", null));
        background.get(0).run();

        assertThat(Thread.interrupted()).isTrue();
        assertThat(log.rows).hasSize(20);
        assertThat(campaigns.byId(launched.requireId()).orElseThrow().isAudienceFrozen()).isFalse();
    }

    @Test
    void aCampaignForLaterWaitsWithoutFreezingOrQueueing() {
        Campaign campaign = service.launch(command("{}", NOW.plusSeconds(3600)));

        assertThat(campaign.status()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(campaign.isAudienceFrozen()).isFalse();
        assertThat(log.rows).isEmpty();
        assertThat(queue.jobs).isEmpty();
    }

    @Test
    void anInvalidDraftOrRuleStoresNothing() {
        assertThatThrownBy(() -> service.launch(new LaunchCampaignCommand(
                new CampaignDraft("", null, "{}", "Hi {{shoe}}", "SMS", null), "asha")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.launch(command("bad", null))).isInstanceOf(InvalidInputException.class);

        assertThat(campaigns.stored).isEmpty();
        assertThat(queue.jobs).isEmpty();
    }

    @Test
    void jobsNeverOverlap() {
        service.launch(command("{}", null));

        for (int i = 1; i < queue.jobs.size(); i++) {
            DeliveryJob previous = queue.jobs.get(i - 1);
            assertThat(queue.jobs.get(i).fromId()).isGreaterThan(previous.toId());
        }
    }
}
