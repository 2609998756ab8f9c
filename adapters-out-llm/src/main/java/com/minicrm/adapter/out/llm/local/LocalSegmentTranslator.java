package com.minicrm.adapter.out.llm.local;

import com.minicrm.application.port.out.ai.SegmentTranslator;
import com.minicrm.application.port.out.ai.Vocabulary;
import com.minicrm.domain.segment.RuleTree;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/** Rules from plain language without any network: a rule-based reader of marketing English (see {@link TextToRule}). */
@ApplicationScoped
@Identifier("local")
class LocalSegmentTranslator implements SegmentTranslator {
    @Override
    public String engine() {
        return "local";
    }

    @Override
    public Translation translate(String text, Vocabulary vocabulary, LocalDate today) {
        TextToRule.Reading reading = TextToRule.read(text, vocabulary, today);
        return new Translation(reading.rule().map(RuleTree::of).orElse(null), reading.unrecognized());
    }
}
