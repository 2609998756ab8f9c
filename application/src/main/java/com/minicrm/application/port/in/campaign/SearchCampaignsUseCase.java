package com.minicrm.application.port.in.campaign;

import com.minicrm.application.port.in.Page;
import com.minicrm.domain.campaign.Campaign;
import java.util.List;

/** The campaign history narrowed by name, status, channel and tag, newest first, a page at a time. */
public interface SearchCampaignsUseCase {
    Page<Campaign> search(CampaignFilter filter, int page, int size);

    /** The tags the history can be filtered by, alphabetically. */
    List<String> knownTags();
}
