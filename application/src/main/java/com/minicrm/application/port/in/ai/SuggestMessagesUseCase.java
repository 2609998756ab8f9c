package com.minicrm.application.port.in.ai;

import com.minicrm.domain.segment.Rule;
import java.util.List;
import java.util.Optional;

/** Message suggestions: 2–3 distinct variants for an objective, with placeholders, a tone and an offer image. */
public interface SuggestMessagesUseCase {
    int MAX_OBJECTIVE = 300;

    MessageSuggestions suggest(String objective, Optional<Rule> audience);

    record MessageSuggestions(String intent, List<Suggestion> variants, String engine) {
        public MessageSuggestions {
            variants = List.copyOf(variants);
        }
    }

    /** {@code image} is the path of a bundled offer image, or null. */
    record Suggestion(String text, String tone, String image) {}
}
