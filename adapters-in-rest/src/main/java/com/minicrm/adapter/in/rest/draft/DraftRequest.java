package com.minicrm.adapter.in.rest.draft;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A draft as the builder has it: an id after the first save, and whatever is filled in so far. */
public record DraftRequest(Long id, String name, String template, String channel,
        @Schema(description = "The rule as the builder has it so far, in react-querybuilder shape; checked only at launch",
                implementation = Object.class) JsonNode rule) {
    String ruleJson() {
        return rule == null || rule.isNull() ? null : rule.toString();
    }
}
