package com.minicrm.application.service.ai;

import com.minicrm.application.port.in.ai.SuggestMessagesUseCase;
import com.minicrm.application.port.out.ai.EngineFailedException;
import com.minicrm.application.port.out.ai.MessageWriter;
import com.minicrm.application.port.out.ai.MessageWriter.Draft;
import com.minicrm.domain.campaign.BriefFacts;
import com.minicrm.domain.campaign.MessageTemplate;
import com.minicrm.domain.segment.Rule;
import com.minicrm.domain.segment.RuleDescription;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps only variants the campaign would accept (valid placeholders, a tone, no repeats) that keep
 * the objective's facts (its numbers, percentages, amounts, codes and dates, unchanged), and needs
 * at least two of them; otherwise, or when the engine fails, the local engine writes them.
 */
public class SuggestMessagesService implements SuggestMessagesUseCase {
    static final int MIN_VARIANTS = 2;
    static final int MAX_VARIANTS = 3;
    private final MessageWriter engine;
    private final MessageWriter local;

    public SuggestMessagesService(MessageWriter engine, MessageWriter local) {
        this.engine = engine;
        this.local = local;
    }

    @Override
    public MessageSuggestions suggest(String objective, Optional<Rule> audience) {
        Violations violations = new Violations();
        violations.requireText("objective", objective, MAX_OBJECTIVE);
        violations.throwIfAny();
        String described = audience.map(RuleDescription::describe).orElse(null);
        BriefFacts facts = BriefFacts.of(objective);
        if (engine != local) {
            try {
                Optional<MessageSuggestions> checked = checked(engine.write(objective.strip(), described), facts, engine.engine());
                if (checked.isPresent()) {
                    return checked.get();
                }
            } catch (EngineFailedException e) {
                // the local engine writes them instead; the response names it
            }
        }
        return checked(local.write(objective.strip(), described), facts, local.engine())
                .orElseThrow(() -> new IllegalStateException("the local message library produced fewer than two valid variants"));
    }

    private static Optional<MessageSuggestions> checked(Draft draft, BriefFacts facts, String engineName) {
        if (draft == null || draft.intent() == null || draft.intent().isBlank()) {
            return Optional.empty();
        }
        String intent = draft.intent().strip().toLowerCase(Locale.ROOT);
        List<Suggestion> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MessageWriter.Variant v : draft.variants()) {
            if (v == null || v.text() == null || v.tone() == null || v.tone().isBlank() || !valid(v.text())
                    || !facts.keptBy(v.text())) {
                continue;
            }
            String tone = v.tone().strip().toLowerCase(Locale.ROOT);
            if (seen.add(v.text().strip().toLowerCase(Locale.ROOT)) && kept.size() < MAX_VARIANTS) {
                kept.add(new Suggestion(v.text().strip(), tone, OfferImages.pick(intent, tone)));
            }
        }
        return kept.size() >= MIN_VARIANTS ? Optional.of(new MessageSuggestions(intent, kept, engineName)) : Optional.empty();
    }

    private static boolean valid(String text) {
        try {
            MessageTemplate.parse(text);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }
}
