package com.minicrm.adapter.out.llm.local;

import com.minicrm.domain.segment.Field;
import java.util.List;
import java.util.Set;

/**
 * The date a group's dates are about, named before the group: in "last order was either before
 * June 2024 or after June 2025" both dates are last-order dates, though the group names no field.
 */
final class DateContext {
    private static final Set<String> ORDER_NOUNS = Set.of("order", "orders", "purchase", "purchases", "ordered",
            "purchased", "bought", "transaction", "visit");

    private DateContext() {}

    static Field of(List<String> before, Field fallback) {
        Field found = fallback;
        for (int k = 0; k < before.size(); k++) {
            String w = before.get(k);
            String next = k + 1 < before.size() ? before.get(k + 1) : "";
            if ((w.equals("first") || w.equals("last") || w.equals("latest")) && ORDER_NOUNS.contains(next)) {
                found = w.equals("first") ? Field.FIRST_ORDER_AT : Field.LAST_ORDER_AT;
            } else if (Lexicon.SIGNUP_WORDS.contains(w)) {
                found = Field.SIGNUP_AT;
            }
        }
        return found;
    }
}
