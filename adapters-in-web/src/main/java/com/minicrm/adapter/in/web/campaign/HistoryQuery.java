package com.minicrm.adapter.in.web.campaign;

import com.minicrm.application.port.in.campaign.CampaignFilter;
import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.campaign.Channel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The history page's search and filters as the marketer chose them; unknown values are ignored, not errors. */
public record HistoryQuery(String q, String status, String channel, String tag) {
    private static final int MAX_TEXT = 100;

    static HistoryQuery of(String q, String status, String channel, String tag) {
        return new HistoryQuery(text(q), known(status, CampaignStatus.values()), known(channel, Channel.values()), text(tag));
    }

    CampaignFilter filter() {
        return new CampaignFilter(q, status.isEmpty() ? null : CampaignStatus.valueOf(status),
                channel.isEmpty() ? null : Channel.valueOf(channel), tag);
    }

    public boolean isFiltered() {
        return !(q.isEmpty() && status.isEmpty() && channel.isEmpty() && tag.isEmpty());
    }

    /** The query string that repeats these choices, for the pager and the rows' polling. */
    public String params() {
        return "q=" + enc(q) + "&status=" + enc(status) + "&channel=" + enc(channel) + "&tag=" + enc(tag);
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
