package com.minicrm.adapter.in.web.campaign;

import com.minicrm.domain.campaign.CampaignStatus;
import com.minicrm.domain.campaign.Channel;
import io.quarkus.qute.TemplateExtension;
import java.util.List;

/** The choices of the history's status and channel filters, straight from the domain's enums. */
@TemplateExtension(namespace = "history")
public final class HistoryOptions {
    private HistoryOptions() {}

    static List<CampaignStatus> statuses() {
        return List.of(CampaignStatus.values());
    }

    static List<Channel> channels() {
        return List.of(Channel.values());
    }
}
