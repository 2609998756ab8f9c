package com.minicrm.adapter.out.llm.local;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fallback of {@link Intents} for objectives without any cue word ("get sleepy accounts shopping
 * again"): the all-MiniLM-L6-v2 sentence embedding, run in-process from the ONNX model in its jar,
 * is compared with a few example objectives per intent. The model loads on first use only.
 */
final class SemanticIntents {
    /** Below this cosine similarity the objective is not close enough to any intent. */
    static final double MIN_SIMILARITY = 0.45;
    private static final Map<String, List<String>> EXAMPLES = Map.of(
            Intents.WIN_BACK, List.of("bring back customers who stopped buying", "re-engage customers who have not ordered for months",
                    "reactivate dormant shoppers", "get lapsed users to purchase again"),
            Intents.UPSELL, List.of("get customers to buy more expensive products", "increase the average order value",
                    "sell add-ons to recent buyers"),
            Intents.WELCOME, List.of("greet people who just signed up", "convert new registrations into a first purchase",
                    "onboard new customers"),
            Intents.LOYALTY, List.of("thank our most frequent shoppers", "reward long-time customers", "appreciate repeat buyers"),
            Intents.FESTIVE, List.of("promote our seasonal holiday sale", "announce festival discounts", "celebrate the festive season with deals"),
            Intents.NEW_ARRIVALS, List.of("tell customers about products we just launched", "announce the new collection"));
    private static volatile Index index;

    private record Index(EmbeddingModel model, Map<String, List<Embedding>> examples) {}

    private SemanticIntents() {}

    static String classify(String objective) {
        Index ready = index();
        Embedding text = ready.model().embed(objective).content();
        String best = null;
        double bestScore = MIN_SIMILARITY;
        for (Map.Entry<String, List<Embedding>> intent : ready.examples().entrySet()) {
            for (Embedding example : intent.getValue()) {
                double score = CosineSimilarity.between(text, example);
                if (score >= bestScore) {
                    best = intent.getKey();
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static Index index() {
        Index ready = index;
        if (ready == null) {
            synchronized (SemanticIntents.class) {
                if (index == null) {
                    EmbeddingModel model = MiniLm.model();
                    Map<String, List<Embedding>> examples = new LinkedHashMap<>();
                    EXAMPLES.forEach((intent, sentences) -> examples.put(intent,
                            sentences.stream().map(s -> model.embed(s).content()).toList()));
                    index = new Index(model, examples);
                }
                ready = index;
            }
        }
        return ready;
    }
}
