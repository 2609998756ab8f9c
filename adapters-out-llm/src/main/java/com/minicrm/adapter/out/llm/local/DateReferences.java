package com.minicrm.adapter.out.llm.local;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a date referred back to: "signed up on 14 Feb 2026 and placed their first order the same
 * day", "ordered on or after 01-12-2026 but first ordered before that date". The reference becomes
 * the date written last before it, so each clause can be read on its own.
 */
final class DateReferences {
    private static final List<List<String>> SAME_DAY = List.of(List.of("the", "same", "day"), List.of("the", "same", "date"),
            List.of("that", "same", "day"), List.of("on", "that", "day"), List.of("on", "that", "date"));
    private static final List<List<String>> THAT_DATE = List.of(List.of("that", "date"), List.of("that", "day"),
            List.of("this", "date"));

    private DateReferences() {}

    static List<String> resolve(List<String> tokens) {
        DateReader dates = new DateReader(tokens);
        List<String> out = new ArrayList<>();
        List<String> last = null;
        for (int i = 0; i < tokens.size(); i++) {
            DateReader.DateMention date = dates.at(i);
            if (date != null && date.first().equals(date.last())) {
                last = tokens.subList(i, date.end());
                out.addAll(last);
                i = date.end() - 1;
                continue;
            }
            List<String> sameDay = last == null ? null : phraseAt(tokens, i, SAME_DAY);
            List<String> thatDate = last == null || sameDay != null ? null : phraseAt(tokens, i, THAT_DATE);
            if (sameDay != null) {
                out.add("on");
            }
            List<String> reference = sameDay != null ? sameDay : thatDate;
            if (reference != null) {
                out.addAll(last);
                i += reference.size() - 1;
                continue;
            }
            out.add(tokens.get(i));
        }
        return out;
    }

    private static List<String> phraseAt(List<String> tokens, int at, List<List<String>> phrases) {
        return phrases.stream().filter(p -> Phrases.matches(tokens, at, p)).findFirst().orElse(null);
    }
}
