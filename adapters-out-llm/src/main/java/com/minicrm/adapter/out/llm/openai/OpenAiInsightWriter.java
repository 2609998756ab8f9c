package com.minicrm.adapter.out.llm.openai;

import com.minicrm.application.port.out.ai.InsightWriter;
import com.minicrm.domain.insight.Fact;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;

/** Lets the LLM phrase a campaign's facts; the use case rejects any summary with a number that is not a fact or a rate without its base. */
@ApplicationScoped
@Identifier("openai")
class OpenAiInsightWriter implements InsightWriter {
    private final OpenAiChat chat;

    OpenAiInsightWriter(OpenAiChat chat) {
        this.chat = chat;
    }

    @Override
    public String engine() {
        return "openai";
    }

    @Override
    public String summarize(String campaignName, List<Fact> facts) {
        String listed = facts.stream().map(f -> "- " + f.label() + ": " + f.number()).collect(Collectors.joining("\n"));
        return chat.text("You summarise a marketing campaign's delivery results for a marketer in 2 to 4 plain sentences. "
                + "Use only the facts given; every number you write must be one of them, written the same way (you may add "
                + "thousands separators and a % sign). Do not compute new numbers, do not round differently, do not guess causes. "
                + "Every rate is a share of the messages finished (sent or failed), not of the whole audience: whenever you "
                + "give a rate, say it is of the finished messages. If messages are still pending, say the campaign is still running.",
                "Campaign: " + campaignName.replaceAll("\\d", "") + "\nFacts:\n" + listed);
    }
}
