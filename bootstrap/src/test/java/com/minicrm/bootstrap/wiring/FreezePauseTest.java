package com.minicrm.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FreezePauseTest {
    @Test
    void unlimitedSendingFreezesAtFullSpeed() {
        assertThat(CampaignWiring.freezePause(Duration.ofSeconds(1), 0)).isZero();
    }

    @Test
    void aSlowSendRateKeepsTheConfiguredPause() {
        assertThat(CampaignWiring.freezePause(Duration.ofSeconds(1), 50)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aFastSendRateCutsThePauseSoThatTheFreezeStaysTwiceAsFast() {
        // 1,000 members a chunk, sent at 800/s in 1.25 s: the freeze may take half of that per chunk.
        assertThat(CampaignWiring.freezePause(Duration.ofSeconds(1), 800)).isEqualTo(Duration.ofMillis(625));
    }
}
