package com.minicrm.domain.campaign;

import com.minicrm.domain.validation.Instants;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A campaign as a marketer submits it; {@link #validate()} turns it into checked parts or fails. It
 * carries either one {@code template} or 2 to 4 {@code variants}, an optional holdout share and an
 * optional attribution window. The subject is for e-mail only (see {@link EmailSubject}); a
 * transactional campaign skips the frequency cap, never an unsubscribe.
 */
public record CampaignDraft(
        String name,
        Long segmentId,
        String rule,
        String template,
        String channel,
        Instant scheduledAt,
        List<VariantDraft> variants,
        Integer holdoutPercent,
        Integer attributionWindowHours,
        String subject,
        boolean transactional) {
    public static final int MAX_NAME = 200;
    public static final int MAX_KEY = 16;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+");

    /** One variant as submitted. */
    public record VariantDraft(String key, String template, Integer weight) {}

    /** A single-template draft, nobody held out, the default window. */
    public CampaignDraft(String name, Long segmentId, String rule, String template, String channel, Instant scheduledAt) {
        this(name, segmentId, rule, template, channel, scheduledAt, null, null, null, null, false);
    }

    /** A single-template draft, promotional or transactional. */
    public CampaignDraft(String name, Long segmentId, String rule, String template, String channel, Instant scheduledAt,
            boolean transactional) {
        this(name, segmentId, rule, template, channel, scheduledAt, null, null, null, null, transactional);
    }

    /** A single-template draft with an e-mail subject. */
    public CampaignDraft(String name, Long segmentId, String rule, String template, String channel, Instant scheduledAt, String subject) {
        this(name, segmentId, rule, template, channel, scheduledAt, null, null, null, subject, false);
    }

    /** A draft with variants, a holdout or a window, without a subject. */
    public CampaignDraft(String name, Long segmentId, String rule, String template, String channel, Instant scheduledAt,
            List<VariantDraft> variants, Integer holdoutPercent, Integer attributionWindowHours) {
        this(name, segmentId, rule, template, channel, scheduledAt, variants, holdoutPercent, attributionWindowHours, null, false);
    }

    /** The same draft aimed at a saved segment instead of its own rule: everything else is kept. */
    public CampaignDraft onSegment(long savedSegmentId) {
        return new CampaignDraft(name, savedSegmentId, null, template, channel, scheduledAt, variants, holdoutPercent,
                attributionWindowHours, subject, transactional);
    }

    /**
     * The parts of a draft that passed every rule; {@code template} is the first variant's with variants,
     * {@code subject} is null unless an e-mail has its own, and a transactional campaign skips the
     * frequency cap, never an unsubscribe.
     */
    public record Valid(
            String name, Long segmentId, String rule, MessageTemplate template, Channel channel, Instant scheduledAt,
            Experiment experiment, MessageTemplate subject, boolean transactional) {
        public Valid(String name, Long segmentId, String rule, MessageTemplate template, Channel channel, Instant scheduledAt) {
            this(name, segmentId, rule, template, channel, scheduledAt, false);
        }

        public Valid(String name, Long segmentId, String rule, MessageTemplate template, Channel channel, Instant scheduledAt,
                boolean transactional) {
            this(name, segmentId, rule, template, channel, scheduledAt, Experiment.none(), null, transactional);
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
        List<Variant> parsedVariants = List.of();
        if (variants == null) {
            parsed = parseTemplate("template", template, violations);
        } else if (template != null) {
            violations.add("template", "give either template or variants, not both");
        } else {
            parsedVariants = variants(violations);
            parsed = parsedVariants.isEmpty() ? null : parsedVariants.get(0).template();
        }
        if (holdoutPercent != null && (holdoutPercent < 0 || holdoutPercent > Experiment.MAX_HOLDOUT)) {
            violations.add("holdoutPercent", "must be from 0 to " + Experiment.MAX_HOLDOUT);
        }
        if (attributionWindowHours != null
                && (attributionWindowHours < Experiment.MIN_WINDOW || attributionWindowHours > Experiment.MAX_WINDOW)) {
            violations.add("attributionWindowHours", "must be from " + Experiment.MIN_WINDOW + " to " + Experiment.MAX_WINDOW);
        }
        Channel parsedChannel = Arrays.stream(Channel.values())
                .filter(c -> c.name().equals(channel))
                .findFirst()
                .orElse(null);
        if (parsedChannel == null) {
            violations.add("channel", "must be one of SMS, EMAIL, WHATSAPP");
        }
        MessageTemplate parsedSubject = EmailSubject.check(subject, parsedChannel, violations);
        if (variants == null && parsed != null) {
            parsed.checkChannel("template", parsedChannel, violations);
        }
        for (int i = 0; i < parsedVariants.size(); i++) {
            parsedVariants.get(i).template().checkChannel("variants[" + i + "].template", parsedChannel, violations);
        }
        // A time past what storage can hold (the hostile pass sent year +999999999) is an input error, not a 500.
        Instants.validate("scheduledAt", scheduledAt, violations);
        violations.throwIfAny();
        Experiment experiment = new Experiment(parsedVariants, holdoutPercent == null ? 0 : holdoutPercent,
                attributionWindowHours == null ? Experiment.DEFAULT_WINDOW : attributionWindowHours);
        return new Valid(name.strip(), segmentId, rule, parsed, parsedChannel, scheduledAt, experiment, parsedSubject, transactional);
    }

    /** Every variant checked like a single template, plus their count, unique keys and weights summing to 100. */
    private List<Variant> variants(Violations violations) {
        if (variants.size() < Experiment.MIN_VARIANTS || variants.size() > Experiment.MAX_VARIANTS) {
            violations.add("variants", "give " + Experiment.MIN_VARIANTS + " to " + Experiment.MAX_VARIANTS + " variants");
            return List.of();
        }
        List<Variant> parsed = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int sum = 0;
        boolean complete = true;
        for (int i = 0; i < variants.size(); i++) {
            String at = "variants[" + i + "]";
            VariantDraft v = variants.get(i);
            if (v == null) {
                violations.add(at, "is required");
                complete = false;
                continue;
            }
            boolean keyOk = violations.requireId(at + ".key", v.key(), MAX_KEY);
            if (keyOk && !KEY.matcher(v.key()).matches()) {
                violations.add(at + ".key", "use letters, digits, '-' or '_'");
                keyOk = false;
            } else if (keyOk && !keys.add(v.key())) {
                violations.add(at + ".key", "is used by an earlier variant");
                keyOk = false;
            }
            boolean weightOk = v.weight() != null && v.weight() >= 1 && v.weight() <= 99;
            if (!weightOk) {
                violations.add(at + ".weight", v.weight() == null ? "is required" : "must be from 1 to 99");
            } else {
                sum += v.weight();
            }
            MessageTemplate t = parseTemplate(at + ".template", v.template(), violations);
            if (keyOk && weightOk && t != null) {
                parsed.add(new Variant(v.key(), t, v.weight()));
            } else {
                complete = false;
            }
        }
        if (complete && sum != 100) {
            violations.add("variants", "weights must sum to 100, not " + sum);
        }
        return complete && sum == 100 ? parsed : List.of();
    }

    private static MessageTemplate parseTemplate(String field, String text, Violations violations) {
        try {
            return MessageTemplate.parse(field, text);
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> violations.add(v.field(), v.message()));
            return null;
        }
    }
}
