package com.minicrm.adapter.out.llm.local;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The all-MiniLM-L6-v2 sentence embedding, run in-process from the ONNX model in its jar and loaded
 * on first use; one instance serves every local feature. Short phrases are embedded once and kept,
 * since marketers reuse the same few words.
 */
final class MiniLm {
    private static final int MAX_CACHED = 20_000;
    private static volatile EmbeddingModel model;
    private static final Map<String, Embedding> CACHE = new ConcurrentHashMap<>();

    private MiniLm() {}

    static Embedding embed(String text) {
        Embedding known = CACHE.get(text);
        if (known != null) {
            return known;
        }
        Embedding fresh = model().embed(text).content();
        if (CACHE.size() < MAX_CACHED) {
            CACHE.put(text, fresh);
        }
        return fresh;
    }

    static EmbeddingModel model() {
        EmbeddingModel ready = model;
        if (ready == null) {
            synchronized (MiniLm.class) {
                if (model == null) {
                    model = new AllMiniLmL6V2EmbeddingModel();
                }
                ready = model;
            }
        }
        return ready;
    }
}
