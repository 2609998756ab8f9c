package com.minicrm.adapter.in.web.campaign;

import com.minicrm.adapter.in.web.layout.Formats;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Scheduled times as the pages' date-time fields show and send them: wall-clock time in the brand's time zone. */
@TemplateExtension
public final class ScheduleFormats {
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private ScheduleFormats() {}

    /** The value of a {@code datetime-local} field for this instant. */
    public static String localInput(Instant at) {
        return LocalDateTime.ofInstant(at, Formats.zone()).truncatedTo(ChronoUnit.MINUTES).format(INPUT);
    }

    /** The instant a {@code datetime-local} value means in the brand's time zone; null when it is not one. */
    static Instant fromLocalInput(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDateTime.parse(value.strip()).atZone(Formats.zone()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The brand's time zone, as shown next to times ("Asia/Kolkata"). */
    @TemplateExtension(namespace = "schedule", matchName = "zone")
    static String zone() {
        return Formats.zone().getId();
    }
}
