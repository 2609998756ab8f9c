package com.minicrm.application.port.in.campaign;

import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.campaign.Channel;

/** What the campaign history is narrowed to; a null or blank part narrows nothing. */
public record CampaignFilter(String name, CampaignStatus status, Channel channel, String tag) {
    public static final CampaignFilter NONE = new CampaignFilter(null, null, null, null);

    public CampaignFilter {
        name = blankToNull(name);
        tag = blankToNull(tag);
    }

    public boolean isEmpty() {
        return name == null && status == null && channel == null && tag == null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
