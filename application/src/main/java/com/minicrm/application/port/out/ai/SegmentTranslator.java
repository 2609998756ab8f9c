package com.minicrm.application.port.out.ai;

import java.time.LocalDate;
import java.util.List;

/** Turns a marketer's plain-language description of an audience into a segment rule tree. */
public interface SegmentTranslator {
    /** The engine's name as responses show it: {@code local} or {@code openai}. */
    String engine();

    /** Throws {@link EngineFailedException} when the engine cannot answer. */
    Translation translate(String text, Vocabulary vocabulary, LocalDate today);

    /**
     * The rule as the generic JSON tree the domain's parser reads (null when the text was not
     * understood), and the words the engine could not place.
     */
    record Translation(Object ruleTree, List<String> unrecognized) {
        public Translation {
            unrecognized = List.copyOf(unrecognized);
        }
    }
}
