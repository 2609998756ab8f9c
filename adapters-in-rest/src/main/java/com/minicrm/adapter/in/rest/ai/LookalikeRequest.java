package com.minicrm.adapter.in.rest.ai;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The seed: a rule, a campaign whose frozen audience rule is used, or a campaign whose converters are. Exactly one. */
public record LookalikeRequest(
        @Schema(description = "The seed rule", implementation = Object.class, nullable = true) Object rule,
        @Schema(description = "A campaign whose audience is the seed", nullable = true) Long campaignId,
        @Schema(description = "A campaign whose converters (recipients who ordered after its delivery) are the seed;"
                + " they are left out of the answer", nullable = true) Long convertersOfCampaignId) {
    /** How many of the three seeds were given. */
    int seeds() {
        return (rule == null ? 0 : 1) + (campaignId == null ? 0 : 1) + (convertersOfCampaignId == null ? 0 : 1);
    }
}
