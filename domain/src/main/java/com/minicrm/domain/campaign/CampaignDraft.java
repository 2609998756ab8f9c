package com.minicrm.domain.campaign;

import com.minicrm.domain.validation.Instants;
import com.minicrm.domain.validation.Violations;
import java.time.Instant;
import java.util.Arrays;

/**
 * A campaign as a marketer submits it; {@link #validate()} turns it into checked parts or fails. The
 * subject is for e-mail only (see {@link EmailSubject}).
 */
public record CampaignDraft(String name, Long segmentId, String rule, String template, String channel, Instant scheduledAt,
        String subject) {
    public static final int MAX_NAME = 200;

    /** A draft without a subject: SMS, WhatsApp, or an e-mail sent under the campaign's name. */
    public CampaignDraft(String name, Long segmentId, String rule, String template, String channel, Instant scheduledAt) {
        this(name, segmentId, rule, template, channel, scheduledAt, null);
    }

    /** The parts of a draft that passed every rule; {@code subject} is null unless an e-mail has its own. */
    public record Valid(String name, Long segmentId, String rule, MessageTemplate template, Channel channel, Instant scheduledAt,
            MessageTemplate subject) {}

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
        MessageTemplate parsedSubject = EmailSubject.check(subject, parsedChannel, violations);
        // A time past what storage can hold (the hostile pass sent year +999999999) is an input error, not a 500.
        Instants.validate("scheduledAt", scheduledAt, violations);
        violations.throwIfAny();
        return new Valid(name.strip(), segmentId, rule, parsed, parsedChannel, scheduledAt, parsedSubject);
    }
}
