package com.minicrm.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.domain.campaign.Channel;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private final QuietHours daytime = new QuietHours(LocalTime.of(9, 0), LocalTime.of(21, 0), KOLKATA);

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    @Test
    void theWindowOpensExactlyAtItsOpeningAndClosesExactlyAtItsClosing() {
        assertThat(daytime.isOpen(at("2026-12-07T08:59:59.999", KOLKATA))).isFalse();
        assertThat(daytime.isOpen(at("2026-12-07T09:00:00", KOLKATA))).isTrue();
        assertThat(daytime.isOpen(at("2026-12-07T20:59:59.999", KOLKATA))).isTrue();
        assertThat(daytime.isOpen(at("2026-12-07T21:00:00", KOLKATA))).isFalse();
    }

    @Test
    void aMessageDueAfterClosingResumesAtNineTheNextMorningInTheBrandsZone() {
        // 22:30 IST is 17:00 UTC; 09:00 IST the next day is 03:30 UTC.
        Instant lateEvening = Instant.parse("2026-12-07T17:00:00Z");
        assertThat(daytime.resumesAt(lateEvening)).contains(Instant.parse("2026-12-08T03:30:00Z"));
        assertThat(daytime.resumesAt(at("2026-12-07T21:00:00", KOLKATA))).contains(at("2026-12-08T09:00:00", KOLKATA));
    }

    @Test
    void aMessageDueBeforeOpeningResumesTheSameMorning() {
        assertThat(daytime.resumesAt(at("2026-12-08T00:00:00", KOLKATA))).contains(at("2026-12-08T09:00:00", KOLKATA));
        assertThat(daytime.resumesAt(at("2026-12-08T08:59:59", KOLKATA))).contains(at("2026-12-08T09:00:00", KOLKATA));
    }

    @Test
    void nothingIsHeldWhileTheWindowIsOpen() {
        assertThat(daytime.resumesAt(at("2026-12-07T09:00:00", KOLKATA))).isEmpty();
        assertThat(daytime.resumesAt(at("2026-12-07T15:00:00", KOLKATA))).isEmpty();
    }

    @Test
    void theSameInstantIsOpenInOneZoneAndQuietInAnother() {
        Instant instant = Instant.parse("2026-12-07T17:00:00Z");
        QuietHours london = new QuietHours(LocalTime.of(9, 0), LocalTime.of(21, 0), ZoneId.of("Europe/London"));
        assertThat(daytime.isOpen(instant)).isFalse();
        assertThat(london.isOpen(instant)).isTrue();
    }

    @Test
    void aWindowAcrossMidnightIsOpenLateAndEarlyAndQuietInBetween() {
        QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(6, 0), KOLKATA);
        assertThat(night.isOpen(at("2026-12-07T21:59:59", KOLKATA))).isFalse();
        assertThat(night.isOpen(at("2026-12-07T22:00:00", KOLKATA))).isTrue();
        assertThat(night.isOpen(at("2026-12-08T00:00:00", KOLKATA))).isTrue();
        assertThat(night.isOpen(at("2026-12-08T05:59:59", KOLKATA))).isTrue();
        assertThat(night.isOpen(at("2026-12-08T06:00:00", KOLKATA))).isFalse();
        assertThat(night.resumesAt(at("2026-12-08T06:00:00", KOLKATA))).contains(at("2026-12-08T22:00:00", KOLKATA));
        assertThat(night.resumesAt(at("2026-12-08T12:00:00", KOLKATA))).contains(at("2026-12-08T22:00:00", KOLKATA));
    }

    @Test
    void aWindowThatOpensAndClosesAtTheSameTimeIsAlwaysOpen() {
        QuietHours never = new QuietHours(LocalTime.of(9, 0), LocalTime.of(9, 0), KOLKATA);
        assertThat(never.isOpen(at("2026-12-07T03:00:00", KOLKATA))).isTrue();
        assertThat(never.resumesAt(at("2026-12-07T23:00:00", KOLKATA))).isEmpty();
    }

    @Test
    void anOpeningTimeSkippedByADaylightSavingJumpResumesAfterTheGap() {
        ZoneId newYork = ZoneId.of("America/New_York");
        // On 2026-03-08 New York's clocks jump from 02:00 to 03:00, so 02:30 never happens that day.
        QuietHours early = new QuietHours(LocalTime.of(2, 30), LocalTime.of(20, 0), newYork);
        Instant resume = early.resumesAt(at("2026-03-08T01:00:00", newYork)).orElseThrow();
        assertThat(resume).isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
        assertThat(early.isOpen(resume)).isTrue();
        // On the autumn day the hour repeats: a window opening at 09:00 is still nine in the morning.
        assertThat(daytimeIn(newYork).resumesAt(at("2026-11-01T01:30:00", newYork))).contains(Instant.parse("2026-11-01T14:00:00Z"));
    }

    private static QuietHours daytimeIn(ZoneId zone) {
        return new QuietHours(LocalTime.of(9, 0), LocalTime.of(21, 0), zone);
    }

    @Test
    void onlyPromotionalSmsAndWhatsAppAreHeld() {
        Instant night = at("2026-12-07T23:00:00", KOLKATA);
        Optional<Instant> morning = Optional.of(at("2026-12-08T09:00:00", KOLKATA));
        assertThat(daytime.holdUntil(Channel.SMS, false, night)).isEqualTo(morning);
        assertThat(daytime.holdUntil(Channel.WHATSAPP, false, night)).isEqualTo(morning);
        assertThat(daytime.holdUntil(Channel.EMAIL, false, night)).isEmpty();
        assertThat(daytime.holdUntil(Channel.SMS, true, night)).isEmpty();
        assertThat(daytime.holdUntil(Channel.WHATSAPP, true, night)).isEmpty();
    }

    @Test
    void theDefaultIsNineToNineInKolkata() {
        assertThat(QuietHours.DEFAULT).isEqualTo(daytime);
    }

    @Test
    void aWindowIsReadFromItsSetting() {
        assertThat(QuietHours.of("09:00-21:00", KOLKATA)).isEqualTo(daytime);
        assertThat(QuietHours.of(" 22:00 - 06:30 ", KOLKATA)).isEqualTo(new QuietHours(LocalTime.of(22, 0), LocalTime.of(6, 30), KOLKATA));
        assertThatThrownBy(() -> QuietHours.of("9-21", KOLKATA)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'9-21'");
        assertThatThrownBy(() -> QuietHours.of("09:00", KOLKATA)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuietHours.of(null, KOLKATA)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWindowNeedsBothTimesAndAZone() {
        assertThatThrownBy(() -> new QuietHours(null, LocalTime.NOON, KOLKATA)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON, null)).isInstanceOf(NullPointerException.class);
    }
}
