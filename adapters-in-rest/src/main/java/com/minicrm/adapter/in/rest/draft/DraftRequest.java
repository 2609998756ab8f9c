package com.minicrm.adapter.in.rest.draft;

import com.fasterxml.jackson.databind.JsonNode;

/** A draft as the builder has it: an id after the first save, and whatever is filled in so far. */
public record DraftRequest(Long id, String name, String template, String channel, JsonNode rule) {
    String ruleJson() {
        return rule == null || rule.isNull() ? null : rule.toString();
    }
}
