package com.minicrm.adapter.out.llm.local;

import com.minicrm.application.port.out.ai.Vocabulary;
import com.minicrm.domain.customer.CustomerTags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cities and tags a text may name, as token sequences. A city's other spellings lead to the
 * spelling(s) the customer data uses, or to the canonical name when the data has none yet.
 */
final class Places {
    record Match(int end, List<String> values) {}

    private final Map<List<String>, Set<String>> cities = new LinkedHashMap<>();
    private final Map<List<String>, String> tags = new LinkedHashMap<>();
    private final Set<String> tagWords = new LinkedHashSet<>();
    /** A word of exactly one tag: "COD" names cod_preferred, "returns" names high_returns. */
    private final Map<String, String> tagParts = new LinkedHashMap<>();

    Places(Vocabulary vocabulary) {
        Map<String, String> dataByLower = new LinkedHashMap<>();
        vocabulary.cities().forEach(c -> dataByLower.put(c.strip().toLowerCase(Locale.ROOT), c.strip()));
        IndianCities.NAMES.forEach((canonical, others) -> {
            List<String> names = new ArrayList<>(others);
            names.add(canonical);
            Set<String> stored = new LinkedHashSet<>();
            names.forEach(n -> {
                String found = dataByLower.remove(n.toLowerCase(Locale.ROOT));
                if (found != null) {
                    stored.add(found);
                }
            });
            Set<String> values = stored.isEmpty() ? Set.of(canonical) : stored;
            names.forEach(n -> cities.put(Tokenizer.tokens(n), values));
        });
        dataByLower.values().forEach(c -> {
            List<String> key = Tokenizer.tokens(c);
            // a city of one or two letters is a slip in the data, and would claim "a" or the "b" of "b/w"
            if (!key.isEmpty() && c.strip().length() > 2) {
                cities.merge(key, Set.of(c), (a, b) -> {
                    Set<String> both = new LinkedHashSet<>(a);
                    both.addAll(b);
                    return both;
                });
            }
        });
        vocabulary.tags().forEach(tag -> {
            List<String> key = Tokenizer.tokens(tag.replaceAll("[^\\p{L}\\p{N}]+", " ")).stream().map(Places::stem).toList();
            tagWords.addAll(Tokenizer.tokens(tag.replaceAll("[^\\p{L}\\p{N}]+", " ")));
            if (!key.isEmpty()) {
                tags.put(key, CustomerTags.normalise(tag));
            }
        });
        Set<String> shared = new LinkedHashSet<>();
        tags.forEach((key, tag) -> key.stream().filter(w -> key.size() > 1 && distinctive(w)).forEach(w -> {
            if (tagParts.putIfAbsent(w, tag) != null && !tagParts.get(w).equals(tag)) {
                shared.add(w);
            }
        }));
        shared.forEach(tagParts::remove);
    }

    Match city(List<String> t, int i, boolean[] free) {
        return longest(cities.entrySet().stream().map(e -> Map.entry(e.getKey(), List.copyOf(e.getValue()))).toList(), t, i, free);
    }

    /** Tags are matched by the stems of their words: "first-time buyers" names first_time_buyer, "VIPs" names vip. */
    Match tag(List<String> t, int i, boolean[] free) {
        List<String> stems = new ArrayList<>(t.size());
        t.forEach(w -> stems.add(stem(w)));
        Match whole = longest(tags.entrySet().stream().map(e -> Map.entry(e.getKey(), List.of(e.getValue()))).toList(), stems, i, free);
        return whole != null ? whole : byParts(t, stems, i, free);
    }

    /**
     * Words of one tag in any order, at least one of them its own: "prefer COD", "high returners",
     * "COD-preferring" name cod_preferred or high_returns.
     */
    private Match byParts(List<String> t, List<String> stems, int i, boolean[] free) {
        Match best = null;
        for (Map.Entry<List<String>, String> tag : tags.entrySet()) {
            int end = i;
            boolean own = false;
            while (end < t.size() && free[end] && tag.getKey().contains(part(stems.get(end)))) {
                own |= distinctive(t.get(end)) && tag.getValue().equals(tagParts.get(part(stems.get(end))));
                end++;
            }
            if (own && (best == null || end > best.end())) {
                best = new Match(end, List.of(tag.getValue()));
            }
        }
        return best;
    }

    /** The stem, or the stem without the "-er" of "returners" when that is a tag's word. */
    private String part(String stem) {
        String base = stem.endsWith("er") ? stem.substring(0, stem.length() - 2) : stem;
        return !tagParts.containsKey(stem) && tagParts.containsKey(base) ? base : stem;
    }

    /** A word no reader claims, so naming one tag is all it can mean; "high" or "first" say more elsewhere. */
    private static boolean distinctive(String word) {
        return word.length() >= 3 && word.matches("[a-z]+") && !Spelling.isKnown(word) && !Lexicon.FILLER.contains(word)
                && !Lexicon.VAGUE.containsKey(word) && !Lexicon.isNegation(word);
    }

    /** Every word of the known cities and tags, for mending typing slips. */
    Set<String> words() {
        Set<String> words = new LinkedHashSet<>(tagWords);
        cities.keySet().forEach(words::addAll);
        tags.keySet().forEach(key -> key.forEach(w -> {
            words.add(w);
            words.add(w + "s");
        }));
        return words;
    }

    /** A light English stemmer: plural "s"/"ies", and "ing"/"ed" with a doubled consonant undone. */
    static String stem(String word) {
        if (word.length() <= 3 || !word.matches("[a-z]+")) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        String w = word;
        if (w.endsWith("ing") && w.length() > 5) {
            w = w.substring(0, w.length() - 3);
        } else if (w.endsWith("ed") && w.length() > 4) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        } else {
            return w;
        }
        int n = w.length();
        return n > 2 && w.charAt(n - 1) == w.charAt(n - 2) ? w.substring(0, n - 1) : w;
    }

    private static Match longest(List<Map.Entry<List<String>, List<String>>> names, List<String> t, int i, boolean[] free) {
        return names.stream()
                .filter(e -> Phrases.matches(t, i, e.getKey()) && allFree(free, i, i + e.getKey().size()))
                .max(Comparator.comparingInt(e -> e.getKey().size()))
                .map(e -> new Match(i + e.getKey().size(), e.getValue()))
                .orElse(null);
    }

    private static boolean allFree(boolean[] free, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!free[k]) {
                return false;
            }
        }
        return true;
    }
}
