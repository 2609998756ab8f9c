package com.minicrm.domain.campaign;

import com.minicrm.domain.validation.Violations;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A campaign saved to finish later. Nothing about it is checked beyond what storage needs (a name,
 * sizes): a half-written message, rule, variant or a schedule in the past is the point of a draft.
 * The launch checks everything.
 */
public record UnsentCampaign(Long id, Form form, String createdBy, Instant updatedAt) {
    public static final int MAX_NAME = CampaignDraft.MAX_NAME;
    public static final int MAX_TEXT = 1_000;
    public static final int MAX_RULE = 100_000;
    public static final int MAX_VARIANTS_JSON = 10_000;

    /**
     * Everything the builder's form holds, as typed: the rule and the variants stay the builder's JSON
     * text; the holdout and the attribution window stay null until the marketer sets them.
     */
    public record Form(String name, String template, String channel, String ruleJson, String subject, Instant scheduledAt,
            String variantsJson, Integer holdoutPercent, Integer attributionWindowHours, boolean transactional) {
        public static Form of(String name, String template, String channel, String ruleJson) {
            return new Form(name, template, channel, ruleJson, null, null, null, null, null, false);
        }
    }

    public UnsentCampaign {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Checks what storage needs and fills in an untitled draft's name and its default channel. */
    public static UnsentCampaign of(Long id, Form typed, String createdBy, Instant now) {
        String title = typed.name() == null || typed.name().isBlank() ? "Untitled draft" : typed.name().strip();
        String channel = typed.channel();
        Violations violations = new Violations();
        violations.maxLength("name", title, MAX_NAME);
        violations.maxLength("template", typed.template(), MAX_TEXT);
        violations.maxLength("subject", typed.subject(), MAX_TEXT);
        violations.maxLength("rule", typed.ruleJson(), MAX_RULE);
        violations.maxLength("variants", typed.variantsJson(), MAX_VARIANTS_JSON);
        if (channel != null && !channel.isBlank() && Arrays.stream(Channel.values()).noneMatch(c -> c.name().equals(channel))) {
            violations.add("channel", "must be one of SMS, EMAIL, WHATSAPP");
        }
        violations.throwIfAny();
        Form form = new Form(title, typed.template() == null ? "" : typed.template(),
                channel == null || channel.isBlank() ? "SMS" : channel, typed.ruleJson(),
                typed.subject() == null || typed.subject().isEmpty() ? null : typed.subject(), typed.scheduledAt(),
                typed.variantsJson(), typed.holdoutPercent(), typed.attributionWindowHours(), typed.transactional());
        return new UnsentCampaign(id, form, createdBy, now);
    }

    public UnsentCampaign withId(long newId) {
        return new UnsentCampaign(newId, form, createdBy, updatedAt);
    }

    public String name() {
        return form.name();
    }

    public String template() {
        return form.template();
    }

    public String channel() {
        return form.channel();
    }

    public String ruleJson() {
        return form.ruleJson();
    }
}
