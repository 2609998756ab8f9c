package com.minicrm.application.port.in.ai;

import com.minicrm.domain.segment.Rule;
import java.util.List;
import java.util.Optional;

/** Rules from plain language: "spend over 5k and inactive 3 months" becomes a segment rule. */
public interface TranslateSegmentTextUseCase {
    int MAX_TEXT = 500;

    SegmentTranslation translate(String text);

    /** The rule (empty when the text could not be understood safely), its description, and the words not understood. */
    record SegmentTranslation(Optional<Rule> rule, String description, List<String> unrecognized, String engine) {
        public SegmentTranslation {
            unrecognized = List.copyOf(unrecognized);
        }
    }
}
