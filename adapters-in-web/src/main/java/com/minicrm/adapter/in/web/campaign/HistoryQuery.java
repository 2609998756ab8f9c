package com.minicrm.adapter.in.web.campaign;

import com.minicrm.adapter.in.web.layout.Formats;
import com.minicrm.application.port.in.campaign.CampaignFilter;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.campaign.Channel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * The history page's search and filters as the marketer chose them; unknown values are ignored, not errors.
 * {@code from} and {@code to} are days ({@code 2026-12-01}) in the brand's time zone, both included.
 */
public record HistoryQuery(String q, String status, String channel, String tag, String from, String to) {
    private static final int MAX_TEXT = 100;

    static HistoryQuery of(String q, String status, String channel, String tag, String from, String to) {
        return new HistoryQuery(text(q), known(status, CampaignStatus.values()), known(channel, Channel.values()), text(tag),
                day(from), day(to));
    }

    static HistoryQuery none() {
        return of(null, null, null, null, null, null);
    }

    CampaignFilter filter() {
        return new CampaignFilter(q, status.isEmpty() ? null : CampaignStatus.valueOf(status),
                channel.isEmpty() ? null : Channel.valueOf(channel), tag,
                from.isEmpty() ? null : LocalDate.parse(from).atStartOfDay(Formats.zone()).toInstant(),
                to.isEmpty() ? null : LocalDate.parse(to).plusDays(1).atStartOfDay(Formats.zone()).toInstant());
    }

    public boolean isFiltered() {
        return !(q.isEmpty() && status.isEmpty() && channel.isEmpty() && tag.isEmpty() && from.isEmpty() && to.isEmpty());
    }

    /** The query string that repeats these choices, for the pager and the rows' polling. */
    public String params() {
        return "q=" + enc(q) + "&status=" + enc(status) + "&channel=" + enc(channel) + "&tag=" + enc(tag)
                + "&from=" + enc(from) + "&to=" + enc(to);
    }

    /** A day as a date field sends it, or empty when it is not one. */
    private static String day(String value) {
        try {
            return value == null || value.isBlank() ? "" : LocalDate.parse(value.strip()).toString();
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    private static String text(String value) {
        String v = value == null ? "" : value.strip();
        return v.length() > MAX_TEXT ? v.substring(0, MAX_TEXT) : v;
    }

    private static String known(String value, Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).filter(n -> n.equals(value)).findFirst().orElse("");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
