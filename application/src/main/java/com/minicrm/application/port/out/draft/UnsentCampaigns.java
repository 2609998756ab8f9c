package com.minicrm.application.port.out.draft;

import com.minicrm.domain.campaign.UnsentCampaign;
import java.util.List;
import java.util.Optional;

/** The campaigns saved to finish later, as a collection. */
public interface UnsentCampaigns {
    /** Stores a new draft (no id) or replaces one (with id); empty when the id names no draft. */
    Optional<UnsentCampaign> save(UnsentCampaign draft);

    Optional<UnsentCampaign> withId(long id);

    /** Most recently changed first. */
    List<UnsentCampaign> latestFirst(int limit);

    boolean remove(long id);
}
