package com.minicrm.adapter.out.llm.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Whole English words, from the WordPiece vocabulary that ships with the bundled MiniLM model
 * (about 20,000 of its 30,522 entries are whole lower-case words). A word found there is a word the
 * marketer meant, however unknown to the engine, so it is never "mended" into another ("like" is
 * not "live"). Loaded on first use; without the file every word counts as unknown.
 */
final class EnglishWords {
    private static final String VOCABULARY = "all-minilm-l6-v2-tokenizer.json";
    private static volatile Set<String> words;

    private EnglishWords() {}

    static boolean contains(String word) {
        return words().contains(word);
    }

    private static Set<String> words() {
        Set<String> ready = words;
        if (ready == null) {
            synchronized (EnglishWords.class) {
                if (words == null) {
                    words = load();
                }
                ready = words;
            }
        }
        return ready;
    }

    private static Set<String> load() {
        try (InputStream in = EnglishWords.class.getClassLoader().getResourceAsStream(VOCABULARY)) {
            if (in == null) {
                return Set.of();
            }
            JsonNode vocabulary = new ObjectMapper().readTree(in).path("model").path("vocab");
            Set<String> found = new HashSet<>();
            vocabulary.fieldNames().forEachRemaining(token -> {
                if (token.matches("[a-z]{2,}")) {
                    found.add(token);
                }
            });
            return Set.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the embedding model's vocabulary", e);
        }
    }
}
