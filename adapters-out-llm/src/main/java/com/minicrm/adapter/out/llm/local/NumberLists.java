package com.minicrm.adapter.out.llm.local;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Joins "1, 3 or 5" and "0 or 1" into one token before the text is cut at its connectives, so a
 * list of values stays one condition ("visits in 1, 3, 5") instead of becoming clauses.
 */
final class NumberLists {
    static final String MARK = "\u0003";
    private static final Set<String> BLOCKERS = Set.of("between", "from", "than", "to", "in", "before", "after", "since");

    private NumberLists() {}

    static List<String> join(List<String> t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            int end = listEnd(t, i);
            if (end < 0) {
                out.add(t.get(i));
                continue;
            }
            List<String> values = new ArrayList<>();
            for (int k = i; k < end; k++) {
                if (t.get(k).matches("\\d+")) {
                    values.add(t.get(k));
                }
            }
            out.add(MARK + String.join("|", values));
            i = end - 1;
        }
        return out;
    }

    /** The end of a list of plain whole numbers starting at {@code i}, or -1. */
    private static int listEnd(List<String> t, int i) {
        // "other than 0 or 1" excludes the list, but "more than 2 or 3" is a comparison and a count
        boolean otherThan = i > 1 && t.get(i - 2).equals("other") && t.get(i - 1).equals("than");
        if (!t.get(i).matches("\\d{1,3}") || (i > 0 && !otherThan && (BLOCKERS.contains(t.get(i - 1)) || Lexicon.CURRENCY.contains(t.get(i - 1))))) {
            return -1;
        }
        int k = i;
        int count = 1;
        while (k + 2 < t.size() && Set.of(",", "or", "and").contains(t.get(k + 1)) && t.get(k + 2).matches("\\d{1,3}")) {
            boolean last = !t.get(k + 1).equals(",");
            k += 2;
            count++;
            if (last) {
                break;
            }
        }
        String next = k + 1 < t.size() ? t.get(k + 1) : "";
        boolean unit = Lexicon.MULTIPLIERS.containsKey(next) || Lexicon.TIME_UNITS.containsKey(next) || Lexicon.CURRENCY.contains(next)
                || Lexicon.POSTFIX_HEADS.contains(next) || next.equals("+");
        return count > 1 && !unit && !t.get(k - 1).equals(",") ? k + 1 : -1;
    }

    static List<BigDecimal> values(String token) {
        return Arrays.stream(token.substring(MARK.length()).split("\\|")).map(BigDecimal::new).toList();
    }
}
