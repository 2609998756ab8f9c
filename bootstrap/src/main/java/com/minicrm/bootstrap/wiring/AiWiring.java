package com.minicrm.bootstrap.wiring;

import com.minicrm.application.port.in.ai.TranslateSegmentTextUseCase;
import com.minicrm.application.port.out.ai.CustomerVocabulary;
import com.minicrm.application.port.out.ai.SegmentTranslator;
import com.minicrm.application.service.ai.TranslateSegmentTextService;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Wires the AI use cases to the configured engine, with the local engine as the fallback. */
@ApplicationScoped
public class AiWiring {
    @Produces
    @ApplicationScoped
    TranslateSegmentTextUseCase translateSegmentText(@Identifier("local") SegmentTranslator local,
            CustomerVocabulary vocabulary, Clock clock) {
        return new TranslateSegmentTextService(local, local, vocabulary, clock);
    }
}
