package com.minicrm.domain.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void theLatestQualifyingDeliveryWins() {
        Touch early = new Touch(1, 10, T, 120);
        Touch late = new Touch(2, 20, T.plusSeconds(3600), 120);
        assertThat(Attribution.lastTouch(T.plusSeconds(7200), List.of(early, late))).contains(late);
    }

    @Test
    void aDeliveryWhoseWindowClosedLosesToAnOlderOneStillOpen() {
        Touch longWindow = new Touch(1, 10, T, 720);
        Touch shortWindow = new Touch(2, 20, T.plusSeconds(3600), 1);
        assertThat(Attribution.lastTouch(T.plusSeconds(3 * 3600), List.of(longWindow, shortWindow))).contains(longWindow);
    }

    @Test
    void ordersBeforeDeliveryOrAfterTheWindowAreNobodys() {
        Touch t = new Touch(1, 10, T, 2);
        assertThat(Attribution.lastTouch(T, List.of(t))).isEmpty();
        assertThat(Attribution.lastTouch(T.plusSeconds(2 * 3600), List.of(t))).contains(t);
        assertThat(Attribution.lastTouch(T.plusSeconds(2 * 3600 + 1), List.of(t))).isEmpty();
    }

    @Test
    void holdoutOrdersCountWithinTheWindowAfterTheStart() {
        assertThat(Attribution.holdoutConverts(T, 1, T.plusSeconds(60))).isTrue();
        assertThat(Attribution.holdoutConverts(T, 1, T.minusSeconds(60))).isFalse();
        assertThat(Attribution.holdoutConverts(T, 1, T.plusSeconds(3601))).isFalse();
    }
}
