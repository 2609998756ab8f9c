package com.minicrm.application.service.campaign;

import static com.minicrm.application.service.campaign.Fixtures.CLOCK;
import static com.minicrm.application.service.campaign.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.application.port.in.LaunchCampaignUseCase.LaunchCampaignCommand;
import com.minicrm.application.service.LaunchCampaignService;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignDraft;
import com.minicrm.domain.campaign.CampaignNotFoundException;
import com.minicrm.domain.campaign.IllegalCampaignTransitionException;
import com.minicrm.domain.validation.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A scheduled campaign moves to another future time until it starts, and then no more. */
class RescheduleCampaignServiceTest {
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    private final InMemoryCommunicationLog log = new InMemoryCommunicationLog(campaigns, Fixtures.customers(5));
    private final LaunchCampaignService launch = new LaunchCampaignService(Fixtures.RULES, campaigns, log,
            new Fixtures.RecordingQueue(), CLOCK, 10);
    private final RescheduleCampaignService reschedule = new RescheduleCampaignService(campaigns, CLOCK);

    private Campaign scheduled(Instant at) {
        return launch.launch(new LaunchCampaignCommand(new CampaignDraft("Later", null, "{}", "Hi", "SMS", at), "asha"));
    }

    @Test
    void aScheduledCampaignMovesToANewFutureTime() {
        Campaign campaign = scheduled(NOW.plus(Duration.ofDays(1)));

        Campaign moved = reschedule.reschedule(campaign.requireId(), NOW.plus(Duration.ofDays(2)));

        assertThat(moved.scheduledAt()).contains(NOW.plus(Duration.ofDays(2)));
    }

    @Test
    void aTimeThatIsNotAheadIsRefused() {
        Campaign campaign = scheduled(NOW.plus(Duration.ofDays(1)));

        assertThatThrownBy(() -> reschedule.reschedule(campaign.requireId(), NOW.minusSeconds(1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(campaigns.byId(campaign.requireId()).orElseThrow().scheduledAt()).contains(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void aCampaignThatHasStartedCannotMove() {
        Campaign running = scheduled(null);

        assertThatThrownBy(() -> reschedule.reschedule(running.requireId(), NOW.plus(Duration.ofDays(1))))
                .isInstanceOf(IllegalCampaignTransitionException.class);
        assertThatThrownBy(() -> reschedule.reschedule(999, NOW.plus(Duration.ofDays(1))))
                .isInstanceOf(CampaignNotFoundException.class);
    }
}
