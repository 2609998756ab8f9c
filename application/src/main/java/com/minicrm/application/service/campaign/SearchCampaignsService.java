package com.minicrm.application.service.campaign;

import com.minicrm.application.port.in.Page;
import com.minicrm.application.port.in.campaign.CampaignFilter;
import com.minicrm.application.port.in.campaign.SearchCampaignsUseCase;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.domain.campaign.Campaign;
import java.util.List;

/** Asks the campaign store for one page of the filtered history; the store filters and counts in one place. */
public class SearchCampaignsService implements SearchCampaignsUseCase {
    private final Campaigns campaigns;

    public SearchCampaignsService(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public Page<Campaign> search(CampaignFilter filter, int page, int size) {
        if (page < 0 || size < 1 || size > Page.MAX_SIZE) {
            throw new IllegalArgumentException("need page >= 0 and 1 <= size <= " + Page.MAX_SIZE);
        }
        return campaigns.search(filter == null ? CampaignFilter.NONE : filter, page, size);
    }

    @Override
    public List<String> knownTags() {
        return campaigns.knownTags();
    }
}
