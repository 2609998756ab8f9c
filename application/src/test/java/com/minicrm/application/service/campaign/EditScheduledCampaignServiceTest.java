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
import com.minicrm.domain.campaign.CampaignNotFoundException;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.campaign.IllegalCampaignTransitionException;
import com.minicrm.domain.validation.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A scheduled campaign can be changed until it starts, and an edit that loses the race to the start is refused whole. */
class EditScheduledCampaignServiceTest {
    private static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));

    /** Campaigns where the scheduler starts the campaign just before the edit's write arrives. */
    private static final class StartedMeanwhile extends InMemoryCampaigns {
        @Override
        public synchronized Optional<Campaign> revise(Campaign revised) {
            start(revised.requireId(), NOW);
            return super.revise(revised);
        }
    }

    private Campaign scheduled(InMemoryCampaigns campaigns, Instant at) {
        InMemoryCommunicationLog log = new InMemoryCommunicationLog(campaigns, Fixtures.customers(5));
        LaunchCampaignService launch = new LaunchCampaignService(Fixtures.RULES, campaigns, log, new Fixtures.RecordingQueue(), CLOCK, 10);
        return launch.launch(new LaunchCampaignCommand(new CampaignDraft("Later", null, "{}", "Hi", "SMS", at), "asha"));
    }

    private static EditScheduledCampaignService edit(InMemoryCampaigns campaigns) {
        return new EditScheduledCampaignService(Fixtures.RULES, campaigns, CampaignTagger.NONE, CLOCK);
    }

    @Test
    void everyPartOfAScheduledCampaignCanChange() {
        InMemoryCampaigns campaigns = new InMemoryCampaigns();
        Campaign campaign = scheduled(campaigns, TOMORROW);

        Campaign edited = edit(campaigns).edit(campaign.requireId(), new CampaignDraft("Later, by mail", null, "{}",
                "Hello {{first_name|there}}", "EMAIL", TOMORROW.plusSeconds(3600), "News for {{first_name|you}}"));

        Campaign stored = campaigns.byId(campaign.requireId()).orElseThrow();
        assertThat(stored.name()).isEqualTo("Later, by mail");
        assertThat(stored.channel()).isEqualTo(Channel.EMAIL);
        assertThat(stored.template().text()).isEqualTo("Hello {{first_name|there}}");
        assertThat(stored.subject().orElseThrow().text()).isEqualTo("News for {{first_name|you}}");
        assertThat(stored.scheduledAt()).contains(TOMORROW.plusSeconds(3600));
        assertThat(edited.status()).isEqualTo(CampaignStatus.SCHEDULED);
    }

    @Test
    void anInvalidEditChangesNothing() {
        InMemoryCampaigns campaigns = new InMemoryCampaigns();
        Campaign campaign = scheduled(campaigns, TOMORROW);

        assertThatThrownBy(() -> edit(campaigns).edit(campaign.requireId(),
                new CampaignDraft("New", null, "{}", "Hi {{first_nme}}", "SMS", TOMORROW, "A subject")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactlyInAnyOrder("template", "subject"));
        assertThat(campaigns.byId(campaign.requireId()).orElseThrow().name()).isEqualTo("Later");
    }

    @Test
    void anEditThatLosesTheRaceToTheStartIsRefusedAndLeavesTheStartedCampaignAlone() {
        InMemoryCampaigns campaigns = new StartedMeanwhile();
        Campaign campaign = scheduled(campaigns, TOMORROW);

        assertThatThrownBy(() -> edit(campaigns).edit(campaign.requireId(),
                new CampaignDraft("Too late", null, "{}", "Changed", "SMS", TOMORROW)))
                .isInstanceOf(IllegalCampaignTransitionException.class).hasMessageContaining("RUNNING");
        Campaign stored = campaigns.byId(campaign.requireId()).orElseThrow();
        assertThat(stored.status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(stored.name()).isEqualTo("Later");
    }

    @Test
    void aStartedOrMissingCampaignIsNotEdited() {
        InMemoryCampaigns campaigns = new InMemoryCampaigns();
        Campaign running = scheduled(campaigns, null);
        CampaignDraft draft = new CampaignDraft("x", null, "{}", "Hi", "SMS", TOMORROW);

        assertThatThrownBy(() -> edit(campaigns).edit(running.requireId(), draft)).isInstanceOf(IllegalCampaignTransitionException.class);
        assertThatThrownBy(() -> edit(campaigns).edit(999, draft)).isInstanceOf(CampaignNotFoundException.class);
    }
}
