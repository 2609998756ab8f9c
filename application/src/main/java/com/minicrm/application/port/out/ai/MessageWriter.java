package com.minicrm.application.port.out.ai;

import java.util.List;

/** Drafts campaign messages for an objective, in a few tones. */
public interface MessageWriter {
    String engine();

    /** Throws {@link EngineFailedException} when the engine cannot answer. */
    Draft write(String objective, String audience);

    /** {@code audience} is the rule in words, or null. */
    record Draft(String intent, List<Variant> variants) {
        public Draft {
            variants = List.copyOf(variants);
        }
    }

    record Variant(String text, String tone) {}
}
