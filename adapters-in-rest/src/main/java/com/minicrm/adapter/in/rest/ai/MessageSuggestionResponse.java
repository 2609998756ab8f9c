package com.minicrm.adapter.in.rest.ai;

import com.minicrm.application.port.in.ai.SuggestMessagesUseCase.MessageSuggestions;
import java.util.List;

/** The objective's intent and 2–3 message variants, each with a tone and an optional offer image. */
public record MessageSuggestionResponse(String intent, List<Variant> variants, String engine) {
    /** One variant; {@code text} is a valid campaign template. */
    public record Variant(String text, String tone, String image) {}

    static MessageSuggestionResponse from(MessageSuggestions suggestions) {
        return new MessageSuggestionResponse(suggestions.intent(),
                suggestions.variants().stream().map(v -> new Variant(v.text(), v.tone(), v.image())).toList(),
                suggestions.engine());
    }
}
