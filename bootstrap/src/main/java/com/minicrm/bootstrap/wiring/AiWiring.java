package com.minicrm.bootstrap.wiring;

import com.minicrm.application.port.in.ai.FindLookalikesUseCase;
import com.minicrm.application.port.in.ai.RecommendSendTimeUseCase;
import com.minicrm.application.port.in.ai.SuggestMessagesUseCase;
import com.minicrm.application.port.in.ai.SummarizeCampaignUseCase;
import com.minicrm.application.port.in.ai.TranslateSegmentTextUseCase;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.ai.CampaignStatistics;
import com.minicrm.application.port.out.ai.CustomerFeatures;
import com.minicrm.application.port.out.ai.CustomerVocabulary;
import com.minicrm.application.port.out.ai.InsightWriter;
import com.minicrm.application.port.out.ai.MessageWriter;
import com.minicrm.application.port.out.ai.OrderTimes;
import com.minicrm.application.port.out.ai.SegmentTranslator;
import com.minicrm.application.port.out.outcome.Outcomes;
import com.minicrm.application.service.ai.FindLookalikesService;
import com.minicrm.application.service.ai.RecommendSendTimeService;
import com.minicrm.application.service.ai.SuggestMessagesService;
import com.minicrm.application.service.ai.SummarizeCampaignService;
import com.minicrm.application.service.ai.TranslateSegmentTextService;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wires the AI use cases: the engine named by {@code crm.ai.provider} answers first, and the local
 * engine answers whenever it fails. Send time and lookalikes are statistics, so they are local only.
 */
@ApplicationScoped
public class AiWiring {
    @ConfigProperty(name = "crm.ai.provider")
    String provider;

    private boolean openAi() {
        return "openai".equalsIgnoreCase(provider.strip());
    }

    @Produces
    @ApplicationScoped
    TranslateSegmentTextUseCase translateSegmentText(@Identifier("local") SegmentTranslator local,
            @Identifier("openai") SegmentTranslator openai, CustomerVocabulary vocabulary, Clock clock) {
        return new TranslateSegmentTextService(openAi() ? openai : local, local, vocabulary, clock);
    }

    @Produces
    @ApplicationScoped
    SuggestMessagesUseCase suggestMessages(@Identifier("local") MessageWriter local, @Identifier("openai") MessageWriter openai) {
        return new SuggestMessagesService(openAi() ? openai : local, local);
    }

    @Produces
    @ApplicationScoped
    SummarizeCampaignUseCase summarizeCampaign(Campaigns campaigns, CampaignStatistics statistics, Outcomes outcomes,
            @Identifier("local") InsightWriter local, @Identifier("openai") InsightWriter openai, Clock clock) {
        return new SummarizeCampaignService(campaigns, statistics, outcomes, openAi() ? openai : local, local, clock);
    }

    @Produces
    @ApplicationScoped
    RecommendSendTimeUseCase recommendSendTime(OrderTimes orderTimes, Clock clock,
            @ConfigProperty(name = "crm.ai.send-time.zone") ZoneId zone) {
        return new RecommendSendTimeService(orderTimes, clock, zone);
    }

    @Produces
    @ApplicationScoped
    FindLookalikesUseCase findLookalikes(CustomerFeatures features, Campaigns campaigns, Clock clock) {
        return new FindLookalikesService(features, campaigns, clock);
    }
}
