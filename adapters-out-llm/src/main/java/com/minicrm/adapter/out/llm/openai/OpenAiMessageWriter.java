package com.minicrm.adapter.out.llm.openai;

import com.minicrm.application.port.out.ai.EngineFailedException;
import com.minicrm.application.port.out.ai.MessageWriter;
import com.minicrm.domain.campaign.Placeholder;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Message variants written by the LLM; the use case keeps only those the template validator accepts and that keep the objective's facts. */
@ApplicationScoped
@Identifier("openai")
class OpenAiMessageWriter implements MessageWriter {
    private final OpenAiChat chat;

    OpenAiMessageWriter(OpenAiChat chat) {
        this.chat = chat;
    }

    @Override
    public String engine() {
        return "openai";
    }

    @Override
    public Draft write(String objective, String audience) {
        String placeholders = Arrays.stream(Placeholder.values()).filter(p -> !p.emailOnly()).map(p -> "{{" + p.key() + "}}").collect(Collectors.joining(", "));
        Map<?, ?> answer = chat.json("message_variants", "You write short SMS/WhatsApp marketing messages for an Indian "
                + "consumer brand. Classify the objective's intent as one of win-back, upsell, welcome, loyalty, festive-offer, "
                + "new-arrivals, general, and write 3 clearly different variants, one per tone: friendly, urgent, premium. "
                + "Under 200 characters each. Repeat every number, percentage, amount, code and date of the objective "
                + "exactly as written in every variant, and offer nothing the objective does not. Personalise only with these placeholders: " + placeholders + "; a fallback may "
                + "follow a bar, e.g. {{first_name|there}}. Answer JSON {\"intent\", \"variants\": [{\"text\", \"tone\"}]}.",
                "Objective: " + objective + (audience == null ? "" : "\nAudience: " + audience));
        if (!(answer.get("intent") instanceof String intent) || !(answer.get("variants") instanceof List<?> raw)) {
            throw new EngineFailedException("the model's answer lacks intent or variants");
        }
        List<Variant> variants = new ArrayList<>();
        for (Object item : raw) {
            if (item instanceof Map<?, ?> v && v.get("text") instanceof String text && v.get("tone") instanceof String tone) {
                variants.add(new Variant(text, tone));
            }
        }
        return new Draft(intent, variants);
    }
}
