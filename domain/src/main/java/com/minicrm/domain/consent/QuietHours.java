package com.minicrm.domain.consent;

import com.minicrm.domain.campaign.Channel;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The hours in the brand's time zone when promotional SMS and WhatsApp may go out: from {@code opens}
 * (inclusive) to {@code closes} (exclusive). A window whose close is earlier than its open runs across
 * midnight; one that opens and closes at the same time is always open. E-mail and transactional
 * messages are never held.
 */
public record QuietHours(LocalTime opens, LocalTime closes, ZoneId zone) {
    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(9, 0), LocalTime.of(21, 0), ZoneId.of("Asia/Kolkata"));

    public QuietHours {
        Objects.requireNonNull(opens, "the sending window needs an opening time");
        Objects.requireNonNull(closes, "the sending window needs a closing time");
        Objects.requireNonNull(zone, "the sending window needs the brand's time zone");
    }

    /**
     * Reads a sending window written {@code "09:00-21:00"} (opens, then closes) in the given zone.
     *
     * @throws IllegalArgumentException naming the value when it is not two times joined by a dash
     */
    public static QuietHours of(String window, ZoneId zone) {
        String[] times = window == null ? new String[0] : window.strip().split("\\s*-\\s*");
        if (times.length != 2) {
            throw new IllegalArgumentException("a sending window is written like 09:00-21:00, got '" + window + "'");
        }
        try {
            return new QuietHours(LocalTime.parse(times[0]), LocalTime.parse(times[1]), zone);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a sending window is written like 09:00-21:00, got '" + window + "'", e);
        }
    }

    /** Whether quiet hours can hold this campaign's messages at all. */
    public static boolean appliesTo(Channel channel, boolean transactional) {
        return channel != Channel.EMAIL && !transactional;
    }

    /** Whether promotional SMS and WhatsApp may go out at this instant. */
    public boolean isOpen(Instant at) {
        if (opens.equals(closes)) {
            return true;
        }
        LocalTime local = at.atZone(zone).toLocalTime();
        boolean afterOpening = !local.isBefore(opens);
        boolean beforeClosing = local.isBefore(closes);
        return opens.isBefore(closes) ? afterOpening && beforeClosing : afterOpening || beforeClosing;
    }

    /**
     * When sending may resume: empty while the window is open, else its next opening. A local opening
     * time that a daylight-saving jump skips resolves to the first instant after the gap.
     */
    public Optional<Instant> resumesAt(Instant at) {
        if (isOpen(at)) {
            return Optional.empty();
        }
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime today = ZonedDateTime.of(local.toLocalDate(), opens, zone);
        ZonedDateTime next = today.toInstant().isAfter(at) ? today : ZonedDateTime.of(local.toLocalDate().plusDays(1), opens, zone);
        return Optional.of(next.toInstant());
    }

    /** When a message of such a campaign, due now, must wait until; empty when it may go out now. */
    public Optional<Instant> holdUntil(Channel channel, boolean transactional, Instant now) {
        return appliesTo(channel, transactional) ? resumesAt(now) : Optional.empty();
    }
}
