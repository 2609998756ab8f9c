package com.minicrm.adapter.in.rest.segment;

import com.minicrm.domain.segment.RuleDescription;
import com.minicrm.domain.segment.RuleTree;
import com.minicrm.domain.segment.Segment;
import java.time.Instant;
import java.util.Map;

/** A saved segment, with its rule in the same JSON shape it was sent in, and in words. */
public record SegmentResponse(
        long id, String name, String description, Map<String, Object> rule, String ruleDescription,
        String createdBy, Instant createdAt, Instant updatedAt) {

    static SegmentResponse from(Segment segment) {
        return new SegmentResponse(segment.id(), segment.name(), segment.description(), RuleTree.of(segment.rule()),
                RuleDescription.describe(segment.rule()), segment.createdBy(), segment.createdAt(), segment.updatedAt());
    }
}
