package com.minicrm.adapter.in.rest.ai;

import com.minicrm.application.port.in.ai.TranslateSegmentTextUseCase.SegmentTranslation;
import com.minicrm.domain.segment.RuleTree;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rule read from the text (null when it could not be read safely), in words, with the words not understood. */
public record SegmentTextResponse(
        @Schema(description = "The rule, in the shape POST /api/v1/segments/preview takes; null when not understood",
                implementation = Object.class, nullable = true) Map<String, Object> rule,
        String description,
        List<String> unrecognized,
        String engine) {

    static SegmentTextResponse from(SegmentTranslation translation) {
        return new SegmentTextResponse(translation.rule().map(RuleTree::of).orElse(null), translation.description(),
                translation.unrecognized(), translation.engine());
    }
}
