package com.minicrm.adapter.out.llm.openai;

import com.minicrm.application.port.out.ai.InsightWriter;
import com.minicrm.domain.insight.Fact;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Lets the LLM phrase a campaign's delivery and conversion facts; the use case rejects any summary with a number that is not a fact or a rate without its base. */
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
        String listed = facts.stream().map(f -> "- " + f.label() + ": " + plain(f.value())).collect(Collectors.joining("\n"));
        return chat.text("You summarise a marketing campaign's results for a marketer in 2 to 5 plain sentences. "
                + "Use only the facts given; every number you write must be one of them, written the same way (you may add "
                + "thousands separators, a % sign and a ₹ sign). Do not compute new numbers, do not round differently, do not "
                + "guess causes. A delivery rate is a share of the messages finished (sent or failed), not of the whole audience: "
                + "whenever you give one, say it is of the finished messages. A conversion rate is a share of the delivered "
                + "recipients (say \"of delivered recipients\"); the holdout's rate is a share of the holdout members (say "
                + "\"holdout\"). Name a best variant only if a \"Best variant\" fact is given; otherwise, if variants were "
                + "compared, say none is clearly ahead. Give the lift in percentage points with its interval. If messages are "
                + "still pending, say the campaign is still running.",
                "Campaign: " + campaignName.replaceAll("\\d", "") + "\nFacts:\n" + listed);
    }

    /** Money keeps its paise and counts their digits, as the facts were computed. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
