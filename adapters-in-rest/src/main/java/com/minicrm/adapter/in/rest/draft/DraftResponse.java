package com.minicrm.adapter.in.rest.draft;

import com.minicrm.domain.campaign.UnsentCampaign;
import java.time.Instant;

/** A saved draft's identity, name and when it was saved; the rest is what was sent. */
public record DraftResponse(long id, String name, String channel, Instant updatedAt) {
    static DraftResponse from(UnsentCampaign draft) {
        return new DraftResponse(draft.id(), draft.name(), draft.channel(), draft.updatedAt());
    }
}
