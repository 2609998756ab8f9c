package com.minicrm.adapter.out.llm.local;

import java.util.List;

/**
 * What a marketer writes around the conditions rather than as one: a heading before a colon
 * ("Gujarat push: customers in Surat ...") and a closing remark in brackets ("... (migration
 * defaults)"). They are dropped only when the text cannot be read with them and reads whole without.
 */
final class Asides {
    /** The most words a heading has; a longer stretch before a colon is a condition ("Pune only: ..."). */
    private static final int HEADING_WORDS = 4;

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

    /** A number or a date in it makes a bracket or heading a condition ("(60+ days)"). */
    private static boolean noNumbers(List<String> tokens) {
        return tokens.stream().noneMatch(w -> w.matches(".*\\d.*") || Phrases.isNumber(w));
    }
}
