package com.minicrm.adapter.out.llm.local;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a marketer writes around the conditions rather than as one: a heading before a colon
 * ("Gujarat push: customers in Surat ...") and a closing remark in brackets ("... (migration
 * defaults)"). They are dropped only when the text cannot be read with them and reads whole without.
 */
final class Asides {
    /** The most words a heading has; a longer stretch before a colon is a condition ("Pune only: ..."). */
    private static final int HEADING_WORDS = 4;
    /** What a list of examples is made of: names, commas, "or", "and", "etc". */
    private static final Pattern EXAMPLE = Pattern.compile("[a-z]+|,");

    private Asides() {}

    static List<String> without(List<String> tokens) {
        int from = 0;
        int colon = tokens.indexOf(":");
        if (colon > 0 && colon <= HEADING_WORDS && noNumbers(tokens.subList(0, colon))) {
            from = colon + 1;
        }
        int to = tokens.size();
        if (to > 0 && tokens.get(to - 1).equals(")")) {
            int open = tokens.lastIndexOf("(");
            if (open > from && noNumbers(tokens.subList(open, to))) {
                to = open;
            }
        }
        return tokens.subList(from, to);
    }

    /**
     * "ending in 'pur' (Jaipur, Nagpur etc.)", "'abad' in its name, like Hyderabad or Ahmedabad": the
     * words after a quoted value that only give examples of it.
     */
    static List<String> withoutExamples(List<String> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            int from = tokens.get(i).equals("(") || tokens.get(i).equals("like") ? i + 1
                    : Phrases.matches(tokens, i, List.of("such", "as")) ? i + 2 : -1;
            if (from < 0 || !quotedJustBefore(tokens, i)) {
                continue;
            }
            int to = from;
            while (to < tokens.size() && EXAMPLE.matcher(tokens.get(to)).matches() && !Lexicon.isNegation(tokens.get(to))) {
                to++;
            }
            boolean closed = tokens.get(i).equals("(") ? to < tokens.size() && tokens.get(to).equals(")") : to == tokens.size();
            if (closed && to > from) {
                List<String> out = new ArrayList<>(tokens.subList(0, i));
                out.addAll(tokens.subList(Math.min(to + 1, tokens.size()), tokens.size()));
                return out;
            }
        }
        return tokens;
    }

    private static boolean quotedJustBefore(List<String> tokens, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 5; k--) {
            if (Tokenizer.isLiteral(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A number or a date in it makes a bracket or heading a condition ("(60+ days)"). */
    private static boolean noNumbers(List<String> tokens) {
        return tokens.stream().noneMatch(w -> w.matches(".*\\d.*") || Phrases.isNumber(w));
    }
}
