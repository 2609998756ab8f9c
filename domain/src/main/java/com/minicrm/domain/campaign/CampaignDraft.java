package com.minicrm.domain.campaign;

import com.minicrm.domain.validation.Instants;
import com.minicrm.domain.validation.Violations;
import java.time.Instant;
import java.util.Arrays;

/** A campaign as a marketer submits it; {@link #validate()} turns it into checked parts or fails. */
public record CampaignDraft(String name, Long segmentId, String rule, String template, String channel, Instant scheduledAt,
        boolean transactional) {
    public static final int MAX_NAME = 200;

    /** A promotional campaign, the usual kind: it is subject to the frequency cap. */
    public CampaignDraft(String name, Long segmentId, String rule, String template, String channel, Instant scheduledAt) {
        this(name, segmentId, rule, template, channel, scheduledAt, false);
    }

    /** The parts of a draft that passed every rule; a transactional campaign skips the frequency cap, never an unsubscribe. */
    public record Valid(String name, Long segmentId, String rule, MessageTemplate template, Channel channel, Instant scheduledAt,
            boolean transactional) {
        public Valid(String name, Long segmentId, String rule, MessageTemplate template, Channel channel, Instant scheduledAt) {
            this(name, segmentId, rule, template, channel, scheduledAt, false);
        }
    }

    public Valid validate() {
        Violations violations = new Violations();
        violations.requireText("name", name, MAX_NAME);
        if ((segmentId == null) == (rule == null || rule.isBlank())) {
            violations.add("segmentId", "give exactly one of segmentId or rule");
        }
        if (segmentId != null && segmentId <= 0) {
            violations.add("segmentId", "must be a positive number");
        }
        MessageTemplate parsed = null;
        try {
            parsed = MessageTemplate.parse("template", template);
        } catch (com.minicrm.domain.validation.InvalidInputException e) {
            e.violations().forEach(v -> violations.add(v.field(), v.message()));
        }
        Channel parsedChannel = Arrays.stream(Channel.values())
                .filter(c -> c.name().equals(channel))
                .findFirst()
                .orElse(null);
        if (parsedChannel == null) {
            violations.add("channel", "must be one of SMS, EMAIL, WHATSAPP");
        }
        // A time past what storage can hold (the hostile pass sent year +999999999) is an input error, not a 500.
        Instants.validate("scheduledAt", scheduledAt, violations);
        violations.throwIfAny();
        return new Valid(name.strip(), segmentId, rule, parsed, parsedChannel, scheduledAt, transactional);
    }
}
