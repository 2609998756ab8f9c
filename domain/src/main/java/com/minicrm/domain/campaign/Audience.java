package com.minicrm.domain.campaign;

import java.util.Objects;

/**
 * Who a campaign is for: the segment it came from, if any, and the rule frozen at launch (its JSON
 * form), so later edits to the segment never change a campaign that already ran.
 */
public record Audience(Long segmentId, String frozenRule) {
    public Audience {
        Objects.requireNonNull(frozenRule, "frozenRule");
        if (frozenRule.isBlank()) {
            throw new IllegalArgumentException("a frozen rule is never blank");
        }
    }

    public boolean isAdHoc() {
        return segmentId == null;
    }
}
