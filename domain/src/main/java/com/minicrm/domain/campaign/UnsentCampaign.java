package com.minicrm.domain.campaign;

import com.minicrm.domain.validation.Violations;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A campaign saved to finish later. Nothing about it is checked beyond what storage needs (a name,
 * sizes): a half-written message or rule is the point of a draft. The launch checks everything.
 */
public record UnsentCampaign(Long id, String name, String template, String channel, String ruleJson, String createdBy,
        Instant updatedAt) {
    public static final int MAX_NAME = CampaignDraft.MAX_NAME;
    public static final int MAX_TEXT = 1_000;
    public static final int MAX_RULE = 100_000;

    public UnsentCampaign {
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Checks what storage needs and fills in an untitled draft's name. */
    public static UnsentCampaign of(Long id, String name, String template, String channel, String ruleJson, String createdBy,
            Instant now) {
        String title = name == null || name.isBlank() ? "Untitled draft" : name.strip();
        Violations violations = new Violations();
        violations.maxLength("name", title, MAX_NAME);
        violations.maxLength("template", template, MAX_TEXT);
        violations.maxLength("rule", ruleJson, MAX_RULE);
        if (channel != null && !channel.isBlank() && Arrays.stream(Channel.values()).noneMatch(c -> c.name().equals(channel))) {
            violations.add("channel", "must be one of SMS, EMAIL, WHATSAPP");
        }
        violations.throwIfAny();
        return new UnsentCampaign(id, title, template == null ? "" : template, channel == null || channel.isBlank() ? "SMS" : channel,
                ruleJson, createdBy, now);
    }

    public UnsentCampaign withId(long newId) {
        return new UnsentCampaign(newId, name, template, channel, ruleJson, createdBy, updatedAt);
    }
}
