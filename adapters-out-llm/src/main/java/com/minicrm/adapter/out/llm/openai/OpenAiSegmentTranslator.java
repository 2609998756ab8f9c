package com.minicrm.adapter.out.llm.openai;

import com.minicrm.application.port.out.ai.EngineFailedException;
import com.minicrm.application.port.out.ai.SegmentTranslator;
import com.minicrm.application.port.out.ai.Vocabulary;
import com.minicrm.domain.segment.Field;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Rules from plain language through the LLM, answering in the segment rule JSON shape (structured output). */
@ApplicationScoped
@Identifier("openai")
class OpenAiSegmentTranslator implements SegmentTranslator {
    private static final int VOCABULARY_LIMIT = 200;
    private final OpenAiChat chat;

    OpenAiSegmentTranslator(OpenAiChat chat) {
        this.chat = chat;
    }

    @Override
    public String engine() {
        return "openai";
    }

    @Override
    public Translation translate(String text, Vocabulary vocabulary, LocalDate today) {
        Map<?, ?> answer = chat.json("segment_rule", prompt(vocabulary, today), text);
        Object rule = answer.get("rule");
        List<String> unrecognized = answer.get("unrecognized") instanceof List<?> words
                ? words.stream().map(String::valueOf).toList() : List.of();
        if (rule == null && unrecognized.isEmpty()) {
            throw new EngineFailedException("the model gave neither a rule nor the words it did not understand");
        }
        return new Translation(rule, unrecognized);
    }

    private static String prompt(Vocabulary vocabulary, LocalDate today) {
        String fields = Arrays.stream(Field.values())
                .map(f -> f.json() + " (" + f.type().name().toLowerCase() + ": "
                        + f.type().operators().stream().map(o -> o.json()).sorted().collect(Collectors.joining(" ")) + ")")
                .collect(Collectors.joining("; "));
        return "You translate a marketer's description of a customer audience into a segment rule for an Indian CRM. Today is "
                + today + ". Answer JSON {\"rule\": <group> or null, \"unrecognized\": [words]}. A group is {\"combinator\": "
                + "\"and\"|\"or\", \"not\": false, \"rules\": [groups or conditions]}; a condition is {\"field\", \"operator\", "
                + "\"value\"}. Fields with their operators: " + fields + ". money values are rupees (5K = 5000, 1 lakh = "
                + "100000); count and days values are whole numbers; a month is 30 days, a year 365; dates are yyyy-mm-dd; "
                + "between takes [low, high]; in takes a list. inactive_days counts days since the last order (or signup). "
                + "\"haven't shopped in N\" is inactive_days >= N AND visits >= 1; \"bought in the last N\" is visits >= 1 AND "
                + "inactive_days < N; \"never ordered\" is visits = 0; email domains use endsWith \"@domain\". AND binds "
                + "tighter than OR. Known cities: " + limited(vocabulary.cities()) + ". Known tags: " + limited(vocabulary.tags())
                + ". If any part of the text cannot be expressed with these fields, answer rule null and list the words "
                + "in unrecognized; never drop part of the request.";
    }

    private static String limited(java.util.Set<String> values) {
        return values.stream().sorted().limit(VOCABULARY_LIMIT).collect(Collectors.joining(", "));
    }
}
