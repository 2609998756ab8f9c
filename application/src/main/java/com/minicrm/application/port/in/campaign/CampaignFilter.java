package com.minicrm.application.port.in.campaign;

import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.campaign.Channel;
import java.time.Instant;

/**
 * What the campaign history is narrowed to; a null or blank part narrows nothing. {@code from} and
 * {@code until} keep campaigns created or scheduled at or after {@code from} and before {@code until}.
 */
public record CampaignFilter(String name, CampaignStatus status, Channel channel, String tag, Instant from, Instant until) {
    public static final CampaignFilter NONE = new CampaignFilter(null, null, null, null);

    public CampaignFilter {
        name = blankToNull(name);
        tag = blankToNull(tag);
    }

    public CampaignFilter(String name, CampaignStatus status, Channel channel, String tag) {
        this(name, status, channel, tag, null, null);
    }

    public boolean isEmpty() {
        return name == null && status == null && channel == null && tag == null && from == null && until == null;
    }

    /** Whether a campaign created or scheduled at these times falls in the date range (always, without one). */
    public boolean inRange(Instant createdAt, Instant scheduledAt) {
        return inRange(createdAt) || (scheduledAt != null && inRange(scheduledAt));
    }

    private boolean inRange(Instant at) {
        return (from == null || !at.isBefore(from)) && (until == null || at.isBefore(until));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
