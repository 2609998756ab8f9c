package com.minicrm.adapter.out.llm.local;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a marketer writes around the conditions rather than as one: a heading before a colon
 * ("Gujarat push: customers in Surat ..."), a closing remark in brackets ("... (migration
 * defaults)") or after a dash ("... — need cleanup"). They are dropped only when the text cannot be
 * read with them and reads whole without.
 */
final class Asides {
    /** The most words a heading or a remark after a dash has; a longer stretch is a condition ("Pune only: ..."). */
    private static final int HEADING_WORDS = 4;
    /** What a list of examples is made of: names, commas, "or", "and", "etc". */
    private static final Pattern EXAMPLE = Pattern.compile("[a-z]+|,");

    private Asides() {}

    static List<String> without(List<String> tokens) {
        int from = 0;
        int colon = tokens.indexOf(":");
        if (colon > 0 && colon <= HEADING_WORDS && inert(tokens.subList(0, colon))) {
            from = colon + 1;
        }
        int to = tokens.size();
        int open = to > 0 && tokens.get(to - 1).equals(")") ? tokens.lastIndexOf("(") : -1;
        int dash = tokens.lastIndexOf(":");
        if (open > from && inert(tokens.subList(open, to))) {
            to = open;
        } else if (dash >= from && to - dash - 1 <= HEADING_WORDS && inert(tokens.subList(dash, to))) {
            to = dash;
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

    /**
     * "wasn't on Black Friday, 27/11/2026", "not on our launch day, 15/08/2024": the words between "on"
     * and a date after a comma only name that date.
     */
    static List<String> withoutDateNames(List<String> tokens) {
        DateReader dates = new DateReader(tokens);
        for (int comma = 2; comma + 1 < tokens.size(); comma++) {
            if (!tokens.get(comma).equals(",") || dates.at(comma + 1) == null) {
                continue;
            }
            int on = tokens.subList(Math.max(0, comma - 5), comma).lastIndexOf("on");
            on = on < 0 ? -1 : on + Math.max(0, comma - 5);
            if (on >= 0 && on + 1 < comma && tokens.subList(on + 1, comma).stream().allMatch(w -> w.matches("[a-z]+"))) {
                List<String> out = new ArrayList<>(tokens.subList(0, on + 1));
                out.addAll(tokens.subList(comma + 1, tokens.size()));
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

    /**
     * A number or a date in it makes a bracket or heading a condition ("(60+ days)"), and a negation or
     * an exception makes it one too ("leave out agency contacts: ..."), which dropping would turn round.
     */
    private static boolean inert(List<String> tokens) {
        return tokens.stream().noneMatch(w -> w.matches(".*\\d.*") || Phrases.isNumber(w) || Lexicon.isNegation(w)
                || ClauseSplitter.EXCEPT_WORDS.contains(w) || w.equals("leave"));
    }
}
