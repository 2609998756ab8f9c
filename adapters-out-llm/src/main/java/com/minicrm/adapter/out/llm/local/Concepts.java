package com.minicrm.adapter.out.llm.local;

import com.minicrm.domain.segment.Field;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.CosineSimilarity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Places a word the lexicon lacks ("splurged", "went quiet", "expenditure") by meaning: its sentence
 * embedding is compared with a few labelled examples of each concept a condition can be about, and
 * with examples of attributes the rules cannot express (hobbies, family, product categories,
 * channels). A word is placed only when it is close enough to one concept, clearly closer to it than
 * to the next concept and to those attributes, and, for an amount or a count, still so when read as
 * one ("dropped money"); so "cricket fans who spent 5k" and "spent 5k on electronics" are refused.
 */
final class Concepts {
    /** What a word can be about. */
    enum Concept { SPEND, ORDERS, AVERAGE_ORDER, INACTIVITY, RETURNING, SIGNUP }

    /** Below this cosine similarity a word is not about the concept at all. */
    static final double MIN_SIMILARITY = 0.28;
    /** How much closer to the concept than to an attribute outside the rules a word must be. */
    static final double MIN_MARGIN = 0.03;
    /** The same, for the word read in its quantity's frame, where every word comes closer to the concept. */
    static final double MIN_FRAMED_MARGIN = 0.10;
    /** How much closer to the concept than to the next allowed one; "seen" is as near returning as inactivity. */
    static final double MIN_LEAD = 0.03;

    private static final Map<Concept, List<String>> EXAMPLES = Map.of(
            Concept.SPEND, List.of("spent money", "paid us", "total spend", "lifetime value", "big spenders", "bought a lot",
                    "revenue", "generous shoppers", "amount paid", "high rollers"),
            Concept.ORDERS, List.of("number of orders", "placed orders", "how many purchases", "how often they buy",
                    "order count", "repeat purchases"),
            Concept.AVERAGE_ORDER, List.of("average order value", "average spend per order", "basket size", "ticket size"),
            Concept.INACTIVITY, List.of("stopped buying", "inactive", "gone silent", "lapsed", "dormant", "absent", "disappeared"),
            Concept.RETURNING, List.of("returned", "visited again", "shopped again", "revisited", "ordered again"),
            Concept.SIGNUP, List.of("signed up", "registered", "created an account", "joined"));
    private static final List<String> OUTSIDE = List.of("like something", "are interested in a hobby", "prefer a colour",
            "own a pet", "follow a sport", "live abroad", "are fans", "work somewhere", "have children", "speak a language",
            "a product category", "clothing and apparel", "food items", "gadgets", "used a discount code", "came through an ad",
            "a marketing channel", "a membership tier");
    /**
     * The word a quantity's concept is read with, so "dropped" is judged as "dropped money" and
     * "electronics" as "electronics money", which is still about a kind of product.
     */
    private static final Map<Concept, String> FRAMES = Map.of(Concept.SPEND, "money", Concept.ORDERS, "orders",
            Concept.AVERAGE_ORDER, "per order");
    private static volatile Index index;

    private record Index(Map<Concept, List<Embedding>> concepts, List<Embedding> outside) {}

    private Concepts() {}

    /** The concepts a condition on this field is about. */
    static Set<Concept> of(Field field) {
        return switch (field) {
            case TOTAL_SPEND -> Set.of(Concept.SPEND);
            case AVG_ORDER_VALUE -> Set.of(Concept.AVERAGE_ORDER, Concept.SPEND);
            case VISITS -> Set.of(Concept.ORDERS, Concept.RETURNING);
            case INACTIVE_DAYS, LAST_ORDER_AT -> Set.of(Concept.INACTIVITY, Concept.RETURNING);
            case SIGNUP_AT, FIRST_ORDER_AT -> Set.of(Concept.SIGNUP);
            default -> Set.of();
        };
    }

    /** The allowed concept the phrase is about, if it is clearly about one. */
    static Optional<Concept> place(String phrase, Set<Concept> allowed) {
        return place(phrase, allowed, false);
    }

    /**
     * {@code bound} says the words stand right before the amount or noun of a condition ("dropped
     * 20k", "aggregate spend"), a place where only words about that condition go; there the framed
     * reading alone must set them apart from attributes the rules cannot express.
     */
    static Optional<Concept> place(String phrase, Set<Concept> allowed, boolean bound) {
        if (allowed.isEmpty() || phrase.isBlank()) {
            return Optional.empty();
        }
        Index ready = index();
        Embedding text = MiniLm.embed(phrase);
        double outside = best(text, ready.outside());
        Concept found = null;
        double score = -1;
        double second = -1;
        for (Concept concept : allowed) {
            double s = best(text, ready.concepts().get(concept));
            if (s > score) {
                second = score;
                found = concept;
                score = s;
            } else if (s > second) {
                second = s;
            }
        }
        if (score < MIN_SIMILARITY || (!bound && score < outside + MIN_MARGIN) || score < second + MIN_LEAD) {
            return Optional.empty();
        }
        String frame = FRAMES.get(found);
        if (frame != null) {
            Embedding framed = MiniLm.embed(phrase + " " + frame);
            if (best(framed, ready.concepts().get(found)) < best(framed, ready.outside()) + MIN_FRAMED_MARGIN) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(found);
    }

    private static double best(Embedding text, List<Embedding> examples) {
        double best = -1;
        for (Embedding example : examples) {
            best = Math.max(best, CosineSimilarity.between(text, example));
        }
        return best;
    }

    private static Index index() {
        Index ready = index;
        if (ready == null) {
            synchronized (Concepts.class) {
                if (index == null) {
                    Map<Concept, List<Embedding>> concepts = new EnumMap<>(Concept.class);
                    EXAMPLES.forEach((concept, examples) -> concepts.put(concept, examples.stream().map(MiniLm::embed).toList()));
                    index = new Index(concepts, OUTSIDE.stream().map(MiniLm::embed).toList());
                }
                ready = index;
            }
        }
        return ready;
    }
}
