package com.minicrm.adapter.out.llm.local;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Mends typing slips ("custmers", "spnt", "orderd", "emial") before the text is read: a word that
 * is neither known to the engine nor an English word becomes the known word one edit away (an
 * insertion, a deletion, a changed letter, or two neighbours swapped), when exactly one such word exists.
 */
final class Spelling {
    /** The words the readers look for beyond the lexicon's lists. */
    private static final Set<String> READERS = readers();
    /** The words that make a comparison with "than": "more", "less", "greater", "fewer"... */
    private static final Set<String> COMPARATIVES = comparatives();
    private final Set<String> known;

    Spelling(Collection<String> known) {
        this.known = new HashSet<>(known);
        this.known.addAll(Lexicon.words());
        this.known.addAll(READERS);
    }

    private static Set<String> readers() {
        Set<String> all = new HashSet<>();
        List.of(ClauseReader.ORDER_NOUNS, ClauseReader.POSITIVE_PURCHASE, ClauseReader.COUNT_VERBS, ClauseReader.TAG_WORDS,
                ClauseReader.NEGATION_SKIP, Durations.VERBS, DateReader.MONTHS.keySet(), ClauseSplitter.AND_WORDS,
                ClauseSplitter.EXCEPT_WORDS, ClauseSplitter.TEXT_OPERATORS, PresenceConditions.MISSING, PresenceConditions.PRESENT,
                TextConditions.VALUE_GLUE, TextConditions.NOUN_GLUE, GroupShape.CLOSERS, GroupShape.COLLECTIONS,
                Set.of("once", "twice", "thrice", "repeat", "returning", "timer", "timers", "onwards", "onward", "may",
                        "predates", "predate", "prior", "later", "earlier", "through"))
                .forEach(all::addAll);
        return Set.copyOf(all);
    }

    private static Set<String> comparatives() {
        Set<String> all = new HashSet<>();
        Lexicon.COMPARATORS.forEach(e -> {
            List<String> words = e.getKey();
            int than = words.indexOf("than");
            if (than > 0) {
                all.add(words.get(than - 1));
            }
        });
        return Set.copyOf(all);
    }

    /** Whether the engine reads this word anywhere (cities and tags aside). */
    static boolean isKnown(String word) {
        return Lexicon.words().contains(word) || READERS.contains(word);
    }

    List<String> mend(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            boolean beforeThan = i + 1 < tokens.size() && tokens.get(i + 1).equals("than");
            out.add(beforeThan ? comparative(tokens.get(i)) : mend(tokens.get(i)));
        }
        return out;
    }

    /** Before "than" only a comparative makes sense, so "les than" is "less than" though "les" is a word. */
    private String comparative(String token) {
        if (COMPARATIVES.contains(token)) {
            return token;
        }
        List<String> found = COMPARATIVES.stream().filter(word -> oneEdit(token, word)).toList();
        return found.size() == 1 ? found.get(0) : mend(token);
    }

    private String mend(String token) {
        if (token.length() < 3 || !token.matches("[a-z]+(?:'[a-z]+)?") || known.contains(token) || EnglishWords.contains(token)) {
            return token;
        }
        List<String> found = new ArrayList<>();
        for (String word : known) {
            // a number is too costly to guess ("seen" is not "seven"), a short word too easy to hit ("mark" is not "mar")
            if (Math.abs(word.length() - token.length()) <= 1 && word.length() >= 4 && !Lexicon.NUMBER_WORDS.containsKey(word)
                    && oneEdit(token, word)) {
                found.add(word);
            }
        }
        if (found.size() > 1) {
            // a letter left out is the commonest slip: "orderd" is "ordered" sooner than "order" or "orders"
            List<String> longer = found.stream().filter(w -> w.length() > token.length()).toList();
            found = longer.isEmpty() ? found : longer;
        }
        if (found.size() == 2 && plural(found.get(0), found.get(1))) {
            return token.endsWith("s") ? longer(found.get(0), found.get(1)) : shorter(found.get(0), found.get(1));
        }
        return found.size() == 1 ? found.get(0) : token;
    }

    /** "shopers" is one edit from both "shopper" and "shoppers"; the ending of the typed word decides. */
    private static boolean plural(String a, String b) {
        return a.equals(b + "s") || b.equals(a + "s");
    }

    private static String longer(String a, String b) {
        return a.length() < b.length() ? b : a;
    }

    private static String shorter(String a, String b) {
        return a.length() < b.length() ? a : b;
    }

    /** Optimal string alignment distance of at most one. */
    static boolean oneEdit(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
