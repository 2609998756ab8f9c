package com.minicrm.application.service.ai;

import com.minicrm.application.port.in.ai.TranslateSegmentTextUseCase;
import com.minicrm.application.port.out.ai.CustomerVocabulary;
import com.minicrm.application.port.out.ai.EngineFailedException;
import com.minicrm.application.port.out.ai.SegmentTranslator;
import com.minicrm.application.port.out.ai.SegmentTranslator.Translation;
import com.minicrm.application.port.out.ai.Vocabulary;
import com.minicrm.domain.segment.Rule;
import com.minicrm.domain.segment.RuleDescription;
import com.minicrm.domain.segment.RuleParser;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violations;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Asks the configured engine for a rule and lets the domain validate whatever comes back; an
 * engine that fails or answers an invalid rule is replaced by the local one for that request.
 */
public class TranslateSegmentTextService implements TranslateSegmentTextUseCase {
    private final SegmentTranslator engine;
    private final SegmentTranslator local;
    private final CustomerVocabulary vocabulary;
    private final Clock clock;

    public TranslateSegmentTextService(SegmentTranslator engine, SegmentTranslator local, CustomerVocabulary vocabulary, Clock clock) {
        this.engine = engine;
        this.local = local;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    @Override
    public SegmentTranslation translate(String text) {
        Violations violations = new Violations();
        violations.requireText("text", text, MAX_TEXT);
        violations.throwIfAny();
        Vocabulary known = vocabulary.current();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (engine != local) {
            try {
                return answer(engine.translate(text.strip(), known, today), engine.engine());
            } catch (EngineFailedException | InvalidInputException e) {
                // the local engine answers instead; the response names it
            }
        }
        try {
            return answer(local.translate(text.strip(), known, today), local.engine());
        } catch (InvalidInputException e) {
            // e.g. an amount beyond what a rule may hold: an honest "not understood", not a 422 about a rule nobody sent
            String problems = e.violations().stream().map(v -> v.message()).distinct().collect(Collectors.joining("; "));
            return new SegmentTranslation(Optional.empty(), "Could not make a valid rule: " + problems + ".", List.of(), local.engine());
        }
    }

    private static SegmentTranslation answer(Translation translation, String engineName) {
        if (translation.ruleTree() == null) {
            String description = translation.unrecognized().isEmpty()
                    ? "Could not find any condition in the text. Try e.g. \"spent over ₹5,000 and inactive for 90 days\"."
                    : "Not understood: " + translation.unrecognized().stream().map(w -> "\"" + w + "\"")
                            .collect(Collectors.joining(", ")) + ". No rule was made; rephrase or build it below.";
            return new SegmentTranslation(Optional.empty(), description, translation.unrecognized(), engineName);
        }
        Rule rule = RuleParser.parse(translation.ruleTree());
        return new SegmentTranslation(Optional.of(rule), RuleDescription.describe(rule), List.of(), engineName);
    }
}
