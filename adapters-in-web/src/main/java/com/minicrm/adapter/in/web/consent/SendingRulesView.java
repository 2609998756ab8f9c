package com.minicrm.adapter.in.web.consent;

import com.minicrm.domain.consent.FrequencyCap;
import com.minicrm.domain.consent.QuietHours;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The frequency cap and quiet hours in words, for Settings and the campaign page. */
public record SendingRulesView(String cap, String window, String zone, boolean quietHoursOn) {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final DateTimeFormatter RESUME = DateTimeFormatter.ofPattern("HH:mm zzz 'on' d MMM", Locale.ENGLISH);

    public static SendingRulesView of(FrequencyCap cap, QuietHours quietHours) {
        return new SendingRulesView(
                cap.messages() + (cap.messages() == 1 ? " promotional message" : " promotional messages")
                        + " per customer per channel in " + hours(cap.window()),
                HOUR.format(quietHours.opens()) + "–" + HOUR.format(quietHours.closes()),
                quietHours.zone().getId() + " (" + ZONE.format(ZonedDateTime.now(quietHours.zone())) + ")",
                !quietHours.opens().equals(quietHours.closes()));
    }

    /** "09:00 IST on 8 Dec", in the brand's zone, where quiet hours are counted. */
    public static String resumes(Instant at, QuietHours quietHours) {
        return RESUME.format(at.atZone(quietHours.zone()));
    }

    private static String hours(Duration window) {
        long minutes = window.toMinutes();
        if (minutes % 60 != 0) {
            return minutes + " minutes";
        }
        return minutes / 60 == 1 ? "1 hour" : minutes / 60 + " hours";
    }
}
