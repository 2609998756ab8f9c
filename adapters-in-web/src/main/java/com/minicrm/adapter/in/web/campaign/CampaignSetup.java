package com.minicrm.adapter.in.web.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.application.port.in.FindSegmentsUseCase;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.segment.RuleDescription;
import com.minicrm.domain.segment.RuleParser;
import com.minicrm.domain.segment.SegmentNotFoundException;

/**
 * What a campaign was set up with, in words: the saved segment it targets (null for ad-hoc rules, or one
 * deleted since) and its frozen rule as the builder's "reads as" line.
 */
public record CampaignSetup(Long segmentId, String segmentName, String ruleText) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static CampaignSetup of(Campaign campaign, FindSegmentsUseCase segments) {
        Long id = campaign.audience().segmentId();
        String name = null;
        if (id != null) {
            try {
                name = segments.byId(id).name();
            } catch (SegmentNotFoundException e) {
                id = null;
            }
        }
        return new CampaignSetup(id, name, describe(campaign.audience().frozenRule()));
    }

    /** The frozen rule was checked before it was stored; should it no longer parse, the page says so rather than fail. */
    private static String describe(String frozenRule) {
        try {
            return RuleDescription.describe(RuleParser.parse(JSON.readValue(frozenRule, Object.class)));
        } catch (JsonProcessingException | RuntimeException e) {
            return "(the stored rule cannot be described)";
        }
    }
}
