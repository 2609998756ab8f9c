package com.minicrm.adapter.out.llm.local;

import com.minicrm.adapter.out.llm.local.Clause.Join;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a token list at its connectives. "and", "or" and "between ... and ..." are told apart, and
 * "3 or more", "₹5,000 and above" stay whole, so precedence can be applied to the clauses later.
 */
final class ClauseSplitter {
    static final Set<String> AND_WORDS = Set.of("and", "&", "but", ",", ";", ":", "who", "whose", "with", "having",
            "that", "which", "where", "while", "whilst", "also", "plus", "alongside", "though", "although");
    private static final Map<List<String>, Join> PHRASES = Map.ofEntries(
            Map.entry(List.of("other", "than"), Join.AND_NOT),
            Map.entry(List.of("apart", "from"), Join.AND_NOT),
            Map.entry(List.of("aside", "from"), Join.AND_NOT),
            Map.entry(List.of("except", "for"), Join.AND_NOT),
            Map.entry(List.of("not", "including"), Join.AND_NOT),
            Map.entry(List.of("but", "not"), Join.AND_NOT),
            Map.entry(List.of("as", "well", "as"), Join.AND),
            Map.entry(List.of("not", "counting"), Join.AND_NOT),
            Map.entry(List.of("leaving", "out"), Join.AND_NOT),
            Map.entry(List.of("leave", "out"), Join.AND_NOT),
            Map.entry(List.of("as", "long", "as"), Join.AND),
            Map.entry(List.of("provided", "that"), Join.AND),
            Map.entry(List.of("not", "both"), Join.AND_NOT));
    /** "starts with", "ending with": the "with" belongs to the text operator. */
    static final Set<String> TEXT_OPERATORS = Set.of("starts", "start", "starting", "begins", "begin", "beginning",
            "ends", "end", "ending");
    static final Set<String> EXCEPT_WORDS = Set.of("except", "excluding", "excl", "exclude", "besides", "barring",
            "skip", "skipping", "omit", "omitting");

    private ClauseSplitter() {}

    static List<Clause> split(List<String> tokens) {
        List<Clause> clauses = new ArrayList<>();
        List<String> current = new ArrayList<>();
        Join join = Join.AND;
        boolean inBetween = false;
        String connective = "";
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            Map.Entry<List<String>, Join> phrase = phraseAt(tokens, i);
            Join cut = null;
            int width = 1;
            if (phrase != null && phrase.getKey().equals(List.of("other", "than")) && comparesValue(tokens, i + 2)) {
                phrase = null;
            }
            if (phrase != null) {
                cut = phrase.getValue();
                width = phrase.getKey().size();
            } else if (EXCEPT_WORDS.contains(token)) {
                cut = Join.AND_NOT;
            } else if (token.equals("or") && !postfix(tokens, i) && !(i + 1 < tokens.size() && tokens.get(i + 1).equals("equal"))) {
                cut = Join.OR;
            } else if (token.equals("plus") && i > 0 && tokens.get(i - 1).equals(",")) {
                cut = Join.OR;
            } else if (token.equals("with") && i > 0 && TEXT_OPERATORS.contains(tokens.get(i - 1))) {
                cut = null;
            } else if (token.equals(",") && listEndsWithOr(tokens, i, current.size())) {
                cut = Join.OR;
            } else if (AND_WORDS.contains(token) && !(token.equals("and") && (inBetween || postfix(tokens, i)))
                    && !(token.equals("plus") && i > 0 && isQuantityEnd(tokens.get(i - 1)))) {
                cut = Join.AND;
            }
            if (token.equals("between")) {
                inBetween = true;
            } else if (token.equals("and") && inBetween) {
                inBetween = false;
            }
            if (cut == null) {
                current.add(token);
                continue;
            }
            clauses.add(new Clause(join, current, connective));
            current = new ArrayList<>();
            join = cut;
            connective = phrase == null ? token : String.join(" ", phrase.getKey());
            i += width - 1;
        }
        clauses.add(new Clause(join, current, connective));
        return clauses;
    }

    private static Map.Entry<List<String>, Join> phraseAt(List<String> tokens, int i) {
        return PHRASES.entrySet().stream()
                .filter(e -> Phrases.matches(tokens, i, e.getKey()))
                .findFirst().orElse(null);
    }

    /** "or more", "and above": a postfix on the number before, unless a new comparison ("or less than 3") follows. */
    private static boolean postfix(List<String> tokens, int i) {
        if (i == 0 || i + 1 >= tokens.size() || !Lexicon.POSTFIX_HEADS.contains(tokens.get(i + 1))) {
            return false;
        }
        if (!isQuantityEnd(tokens.get(i - 1))) {
            return false;
        }
        if (i + 2 >= tokens.size()) {
            return true;
        }
        String after = tokens.get(i + 2);
        return !after.equals("than") && !Phrases.isNumber(after) && !Lexicon.CURRENCY.contains(after);
    }

    /**
     * "VIPs, loyalists or influencers": a comma between short items of a list that ends in "or"
     * offers an alternative too. Longer stretches ("customers in Pune, vip or loyal") keep the comma an "and".
     */
    private static boolean listEndsWithOr(List<String> tokens, int comma, int itemBefore) {
        if (itemBefore == 0 || itemBefore > 2) {
            return false;
        }
        int item = 0;
        for (int k = comma + 1; k < tokens.size(); k++) {
            String token = tokens.get(k);
            if (token.equals("or")) {
                return item > 0;
            }
            if (token.equals(",")) {
                if (item == 0) {
                    return false;
                }
                item = 0;
                continue;
            }
            if (AND_WORDS.contains(token) || ++item > 2) {
                return false;
            }
        }
        return false;
    }

    /** "AOV other than ₹299", "other than 2024-11-01": a comparison, not an exception. */
    private static boolean comparesValue(List<String> tokens, int at) {
        String next = at < tokens.size() ? tokens.get(at) : "";
        return Lexicon.CURRENCY.contains(next) || next.matches("\\d.*");
    }

    private static boolean isQuantityEnd(String token) {
        return Phrases.isNumber(token) || Lexicon.MULTIPLIERS.containsKey(token) || Lexicon.CURRENCY.contains(token)
                || Lexicon.TIME_UNITS.containsKey(token) || Lexicon.COUNT_NOUNS.contains(token) || token.equals("+");
    }
}
