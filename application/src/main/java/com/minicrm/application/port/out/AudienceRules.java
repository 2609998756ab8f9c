package com.minicrm.application.port.out;

import com.minicrm.domain.campaign.Audience;

/**
 * Turns a campaign's audience request into a frozen audience: the segment's current rule, or an
 * ad-hoc rule, validated. Throws {@code InvalidInputException} for an unknown segment or a bad rule.
 */
public interface AudienceRules {
    Audience freeze(Long segmentId, String adHocRule);
}
