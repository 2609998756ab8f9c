package com.minicrm.application.port.in;

import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.DeliveryStatus;
import com.minicrm.domain.campaign.LoggedMessage;
import com.minicrm.domain.consent.SuppressionReason;
import java.util.Optional;

/** Reads campaign history: the list, one campaign, and a campaign's messages. */
public interface FindCampaignsUseCase {
    int MAX_PAGE_SIZE = 200;

    /** Newest first. */
    Page<Campaign> list(int page, int size);

    /** Newest first, only those the auto-tagger labelled {@code tag} (e.g. "Win-back"). */
    Page<Campaign> listTagged(int page, int size, String tag);

    /** Throws {@code CampaignNotFoundException} when there is none. */
    Campaign get(long id);

    default Page<LoggedMessage> messages(long campaignId, Optional<DeliveryStatus> status, int page, int size) {
        return messages(campaignId, status, Optional.empty(), page, size);
    }

    /**
     * A page of the campaign's log; a reason selects SUPPRESSED messages with that reason, and with any
     * other status it is refused naming {@code reason}.
     */
    Page<LoggedMessage> messages(long campaignId, Optional<DeliveryStatus> status, Optional<SuppressionReason> reason, int page, int size);
}
