package com.minicrm.adapter.out.llm.local;

import com.minicrm.application.port.out.ai.MessageWriter;
import com.minicrm.domain.campaign.BriefFacts;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Message suggestions from a template library: the objective's intent (by cue words, else by
 * sentence-embedding similarity, else from the audience rule) picks three variants, one per tone.
 * An objective that states facts (15% off, code SAVE15) gets variants that quote them instead of
 * the library's own offers.
 */
@ApplicationScoped
@Identifier("local")
class LocalMessageWriter implements MessageWriter {
    private static final Map<String, List<Variant>> LIBRARY = Map.of(
            Intents.WIN_BACK, List.of(
                    new Variant("Hi {{first_name|there}}, we miss you! Come back this week and enjoy 15% off your next order.", "friendly"),
                    new Variant("{{first_name|Hey}}, your 20% comeback offer ends in 48 hours. Don't miss out: shop now!", "urgent"),
                    new Variant("Dear {{name|valued customer}}, it has been a while. We have saved an exclusive welcome-back gift for you.", "premium")),
            Intents.UPSELL, List.of(
                    new Variant("Hi {{first_name|there}}, loved your last order? Pair it with our bestsellers and save 10% on the bundle.", "friendly"),
                    new Variant("{{first_name|Hey}}, today only: spend ₹500 more and get free delivery plus a surprise gift!", "urgent"),
                    new Variant("Dear {{name|valued customer}}, upgrade to our premium range, hand-picked for shoppers like you.", "premium")),
            Intents.WELCOME, List.of(
                    new Variant("Welcome aboard, {{first_name|friend}}! Here's 10% off your first order, just for joining us.", "friendly"),
                    new Variant("{{first_name|Hey}}, your welcome discount expires in 3 days. Place your first order today!", "urgent"),
                    new Variant("Dear {{name|valued customer}}, welcome to our community. Your first delivery is on us.", "premium")),
            Intents.LOYALTY, List.of(
                    new Variant("Thank you, {{first_name|friend}}! As one of our favourite customers, enjoy double reward points this week.", "friendly"),
                    new Variant("{{first_name|Hey}}, your loyalty bonus is waiting, but only until Sunday. Redeem it now!", "urgent"),
                    new Variant("Dear {{name|valued customer}}, as a thank-you for {{visits|your}} orders, enjoy early access to our new collection.", "premium")),
            Intents.FESTIVE, List.of(
                    new Variant("Hi {{first_name|there}}, the festive sale is here! Celebrate with up to 30% off everything.", "friendly"),
                    new Variant("{{first_name|Hey}}, festive deals end at midnight! Grab your favourites before they're gone.", "urgent"),
                    new Variant("Dear {{name|valued customer}}, celebrate the season with our curated festive collection and a gift on us.", "premium")),
            Intents.NEW_ARRIVALS, List.of(
                    new Variant("Hi {{first_name|there}}, something new just landed! Take a look at our latest arrivals.", "friendly"),
                    new Variant("{{first_name|Hey}}, our new collection is selling fast in {{city|your city}}. Get yours first!", "urgent"),
                    new Variant("Dear {{name|valued customer}}, be among the first to explore our new collection, reserved for you.", "premium")));
    private static final List<Variant> GENERAL = List.of(
            new Variant("Hi {{first_name|there}}, we have something special for you this week. Take a look!", "friendly"),
            new Variant("{{first_name|Hey}}, this offer ends soon. Don't miss it!", "urgent"),
            new Variant("Dear {{name|valued customer}}, we've put together a selection just for you.", "premium"));

    @Override
    public String engine() {
        return "local";
    }

    @Override
    public Draft write(String objective, String audience) {
        String intent = Intents.classify(objective);
        if (intent == null) {
            intent = SemanticIntents.classify(objective);
        }
        if (intent == null && audience != null) {
            intent = Intents.classify(audience);
        }
        BriefFacts facts = BriefFacts.of(objective);
        if (!facts.isEmpty()) {
            return new Draft(intent == null ? "general" : intent, BriefVariants.of(intent, objective, facts));
        }
        return intent == null ? new Draft("general", GENERAL) : new Draft(intent, LIBRARY.get(intent));
    }
}
