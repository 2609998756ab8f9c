package com.minicrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The campaign decides its own status and keeps its counters consistent. */
class CampaignTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Audience AUDIENCE = new Audience(7L, "{\"all\":true}");

    private static Campaign launched(Instant scheduledAt) {
        CampaignDraft.Valid draft = new CampaignDraft("Diwali", 7L, null, "Hi {{first_name|there}}", "SMS", scheduledAt).validate();
        return Campaign.launch(draft, AUDIENCE, "asha@brand.example", NOW).withId(1);
    }

    @Test
    void runsAtOnceWithoutAStartTime() {
        Campaign campaign = launched(null);
        assertThat(campaign.status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(campaign.startedAt()).contains(NOW);
    }

    @Test
    void waitsWhenTheStartTimeIsAhead() {
        Campaign campaign = launched(NOW.plusSeconds(3600));
        assertThat(campaign.status()).isEqualTo(CampaignStatus.SCHEDULED);

        campaign.start(NOW.plusSeconds(3600));
        assertThat(campaign.status()).isEqualTo(CampaignStatus.RUNNING);
    }

    @Test
    void completesWhenTheLastPendingMessageIsFinal() {
        Campaign campaign = launched(null);
        campaign.audienceGrew(10, 1);
        campaign.audienceFrozen(NOW);
        campaign.recordDeliveries(6, 2, NOW);
        assertThat(campaign.status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(campaign.pending()).isEqualTo(1);

        campaign.recordDeliveries(1, 0, NOW.plusSeconds(5));

        assertThat(campaign.status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(campaign.finishedAt()).contains(NOW.plusSeconds(5));
        assertThat(campaign.sent() + campaign.failed()).isEqualTo(campaign.audienceSize());
    }

    @Test
    void whileTheAudienceGrowsChunkByChunkItDoesNotCompleteEvenWhenNothingIsPending() {
        Campaign campaign = launched(null);
        campaign.audienceGrew(2, 0);
        campaign.recordDeliveries(2, 0, NOW);
        assertThat(campaign.status()).isEqualTo(CampaignStatus.RUNNING);

        campaign.audienceGrew(3, 1);
        campaign.recordDeliveries(1, 1, NOW);
        campaign.audienceFrozen(NOW);

        assertThat(campaign.audienceSize()).isEqualTo(5);
        assertThat(campaign.pending()).isZero();
        assertThat(campaign.status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThatThrownBy(() -> campaign.audienceGrew(1, 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void suppressedCustomersAreFinalAtOnceAndKeepTheCountersWhole() {
        Campaign campaign = launched(null);
        campaign.audienceGrew(10, 0);
        campaign.audienceSuppressed(new com.minicrm.domain.consent.Suppressed(2, 3, 1));
        assertThat(campaign.pending()).isEqualTo(4);
        campaign.recordDeliveries(3, 1, NOW);
        campaign.audienceFrozen(NOW);

        assertThat(campaign.status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(campaign.sent() + campaign.failed() + campaign.cancelled() + campaign.pending() + campaign.suppressed().total())
                .isEqualTo(campaign.audienceSize());
        assertThatThrownBy(() -> launched(null).audienceSuppressed(new com.minicrm.domain.consent.Suppressed(1, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTransactionalDraftMakesATransactionalCampaign() {
        CampaignDraft.Valid draft = new CampaignDraft("Order shipped", 7L, null, "Hi", "SMS", null, true).validate();
        assertThat(Campaign.launch(draft, AUDIENCE, "asha@brand.example", NOW).isTransactional()).isTrue();
        assertThat(launched(null).isTransactional()).isFalse();
    }

    @Test
    void anEmptyAudienceCompletesAtOnce() {
        Campaign campaign = launched(null);
        campaign.audienceGrew(0, 0);
        campaign.audienceFrozen(NOW);
        assertThat(campaign.status()).isEqualTo(CampaignStatus.COMPLETED);
    }

    @Test
    void refusesToCountMoreOutcomesThanArePending() {
        Campaign campaign = launched(null);
        campaign.audienceGrew(3, 0);
        campaign.audienceFrozen(NOW);
        assertThatThrownBy(() -> campaign.recordDeliveries(2, 2, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(campaign.pending()).isEqualTo(3);
    }

    @Test
    void freezesItsAudienceOnlyOnce() {
        Campaign campaign = launched(null);
        campaign.audienceGrew(3, 0);
        campaign.audienceFrozen(NOW);
        assertThatThrownBy(() -> campaign.audienceFrozen(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void neverMovesBackwardsOrOutOfAFinalStatus() {
        Campaign campaign = launched(null);
        campaign.cancel(0, NOW);
        assertThatThrownBy(() -> campaign.start(NOW)).isInstanceOf(IllegalCampaignTransitionException.class);
        assertThatThrownBy(() -> campaign.fail(NOW)).isInstanceOf(IllegalCampaignTransitionException.class);
        assertThat(campaign.status()).isEqualTo(CampaignStatus.CANCELLED);
    }

    @Test
    void cancellingWithdrawsPendingMessagesWhileReceiptsOfTheOthersStillCount() {
        Campaign campaign = launched(null);
        campaign.audienceGrew(10, 1);
        campaign.audienceFrozen(NOW);
        campaign.recordDeliveries(2, 0, NOW);

        campaign.cancel(5, NOW);
        campaign.recordDeliveries(1, 1, NOW);

        assertThat(campaign.status()).isEqualTo(CampaignStatus.CANCELLED);
        assertThat(campaign.finishedAt()).contains(NOW);
        assertThat(campaign.cancelled()).isEqualTo(5);
        assertThat(campaign.sent() + campaign.failed() + campaign.cancelled() + campaign.pending()).isEqualTo(10);
        assertThat(campaign.pending()).isZero();
    }

    @Test
    void cannotWithdrawMoreThanIsPendingNorCancelTwice() {
        Campaign campaign = launched(null);
        campaign.audienceGrew(3, 0);
        campaign.audienceFrozen(NOW);
        assertThatThrownBy(() -> campaign.cancel(4, NOW)).isInstanceOf(IllegalArgumentException.class);
        campaign.cancel(3, NOW);
        assertThatThrownBy(() -> campaign.cancel(0, NOW)).isInstanceOf(IllegalCampaignTransitionException.class);
    }

    @Test
    void aCompletedCampaignCannotBeCancelled() {
        Campaign campaign = launched(null);
        campaign.audienceGrew(1, 0);
        campaign.audienceFrozen(NOW);
        campaign.recordDeliveries(1, 0, NOW);
        assertThat(campaign.status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThatThrownBy(() -> campaign.cancel(0, NOW)).isInstanceOf(IllegalCampaignTransitionException.class);
    }

    @Test
    void aRunningCampaignCannotStartAgain() {
        assertThatThrownBy(() -> launched(null).start(NOW)).isInstanceOf(IllegalCampaignTransitionException.class);
    }

    @Test
    void restoringRejectsImpossibleCounters() {
        Campaign.Builder stored = launched(null).toBuilder();
        stored.audienceSize = 2;
        stored.sent = 2;
        stored.failed = 1;
        assertThatThrownBy(() -> Campaign.restore(stored)).isInstanceOf(IllegalArgumentException.class);
    }
}
