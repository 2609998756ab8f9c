package com.minicrm.adapter.in.rest.segment;

import com.minicrm.domain.segment.SegmentDefinition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A segment to create or replace. */
public record SegmentRequest(
        @Schema(maxLength = SegmentDefinition.MAX_NAME, examples = "Big spenders drifting away") String name,
        @Schema(maxLength = SegmentDefinition.MAX_DESCRIPTION, nullable = true) String description,
        @Schema(description = "The rule, in react-querybuilder shape", implementation = Object.class) Object rule) {

    SegmentDefinition toDefinition() {
        return SegmentDefinition.of(name, description, rule);
    }
}
