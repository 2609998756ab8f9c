package com.minicrm.adapter.out.llm.local;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds rankings and shares ("top 10% spenders", "best 100 customers", "the 90th percentile"): they
 * pick customers relative to the others, which a rule of fixed thresholds cannot say. Read as a
 * plain number they would become a tiny threshold ("≥ ₹10") that selects almost everyone, so the
 * engine refuses them instead and names the words.
 */
final class Rankings {
    private static final Pattern RANKING = Pattern.compile(
            "(?i)\\b(top|bottom|best|worst|highest|lowest|biggest|largest|smallest)\\s+(\\d[\\d,.]*\\s*(%|percent\\b|per\\s*cent\\b)?)"
                    + "|(\\d[\\d,.]*\\s*(%|percent\\b|per\\s*cent\\b|(st|nd|rd|th)\\s+percentile\\b))"
                    + "|\\b(percentile|quartile|decile)\\b");

    private Rankings() {}

    /** The ranking words of the text, as written; empty when it has none. */
    static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = RANKING.matcher(text == null ? "" : text);
        while (matcher.find()) {
            found.add(matcher.group().strip());
        }
        return found;
    }
}
