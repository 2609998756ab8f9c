package com.minicrm.adapter.out.llm.local;

import com.minicrm.application.port.out.ai.MessageWriter.Variant;
import com.minicrm.domain.campaign.BriefFacts;
import com.minicrm.domain.campaign.BriefFacts.Stated;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variants for a brief that states facts (15% off, code SAVE15, till 31 Dec): the library's own offers
 * would contradict them, so each tone frames the brief's words that carry the facts, quoted as written.
 */
final class BriefVariants {
    private static final String OFFER = "{offer}";
    /** Words before the first fact that change its meaning ("up to 30%", "flat ₹200", "above ₹999") travel with it. */
    private static final Pattern QUALIFIERS = Pattern.compile("(?i)(?:\\b(?:up\\s+to|upto|flat|extra|additional|over|above"
            + "|under|below|min(?:imum)?|max(?:imum)?|at\\s+least|only|just|first|save|get|till|until|before|from"
            + "|code|coupon|promo)[\\s:]+){1,2}$");
    /** A clause that ends within three words after the last fact ends with it: "100 orders only". */
    private static final Pattern CLAUSE_END = Pattern.compile("^(?:\\s+[\\p{L}\\p{N}'-]+){1,3}(?=\\s*(?:[.,;:!?]|$))");
    private static final Pattern OFF = Pattern.compile("^\\s*(?i:off)\\b");
    private static final Map<String, List<Variant>> FRAMES = Map.of(
            Intents.WIN_BACK, tones("Hi {{first_name|there}}, we miss you! Here's your welcome-back offer: {offer}.",
                    "{{first_name|Hey}}, your comeback offer won't wait: {offer}. Shop now!",
                    "Dear {{name|valued customer}}, it has been a while. Reserved for your return: {offer}."),
            Intents.UPSELL, tones("Hi {{first_name|there}}, loved your last order? Pair it with our bestsellers: {offer}.",
                    "{{first_name|Hey}}, don't miss this add-on deal: {offer}. Order now!",
                    "Dear {{name|valued customer}}, upgrade to our premium range: {offer}."),
            Intents.WELCOME, tones("Welcome aboard, {{first_name|friend}}! A treat for joining us: {offer}.",
                    "{{first_name|Hey}}, your welcome offer won't last: {offer}. Place your first order today!",
                    "Dear {{name|valued customer}}, welcome to our community. A gift for you: {offer}."),
            Intents.LOYALTY, tones("Thank you, {{first_name|friend}}! For one of our favourite customers: {offer}.",
                    "{{first_name|Hey}}, your loyalty reward is waiting: {offer}. Redeem it now!",
                    "Dear {{name|valued customer}}, as a thank-you for your loyalty: {offer}."),
            Intents.FESTIVE, tones("Hi {{first_name|there}}, the festive sale is here! Celebrate with us: {offer}.",
                    "{{first_name|Hey}}, festive deals won't last: {offer}. Grab your favourites now!",
                    "Dear {{name|valued customer}}, celebrate the season with an offer chosen for you: {offer}."),
            Intents.NEW_ARRIVALS, tones("Hi {{first_name|there}}, something new just landed, and for you: {offer}.",
                    "{{first_name|Hey}}, our new collection is selling fast in {{city|your city}}: {offer}. Get yours first!",
                    "Dear {{name|valued customer}}, be among the first to explore our new collection: {offer}."));
    private static final List<Variant> GENERAL = tones("Hi {{first_name|there}}, we have something special for you: {offer}.",
            "{{first_name|Hey}}, this offer ends soon: {offer}. Don't miss it!",
            "Dear {{name|valued customer}}, an offer selected just for you: {offer}.");

    private BriefVariants() {}

    /** One variant per tone for {@code intent}, each carrying the brief's facts. */
    static List<Variant> of(String intent, String brief, BriefFacts facts) {
        String offer = offer(brief, facts);
        String whole = sanitised(brief);
        return (intent == null ? GENERAL : FRAMES.getOrDefault(intent, GENERAL)).stream()
                .map(frame -> {
                    String text = frame.text().replace(OFFER, offer);
                    // a fact read differently out of its sentence ("code WELCOME" cut to "WELCOME") keeps the whole brief
                    return new Variant(facts.keptBy(text) ? text : frame.text().replace(OFFER, whole), frame.tone());
                })
                .toList();
    }

    /**
     * The stretch of the brief from its first fact to its last, with the qualifiers before it and the
     * rest of the last fact's clause (or at least its "off") after it, so every fact appears as written.
     */
    static String offer(String brief, BriefFacts facts) {
        List<Stated> stated = facts.stated();
        int start = stated.get(0).start();
        int end = stated.get(stated.size() - 1).end();
        Matcher before = QUALIFIERS.matcher(brief.substring(0, start));
        if (before.find()) {
            start = before.start();
        }
        Matcher clause = CLAUSE_END.matcher(brief.substring(end));
        Matcher off = OFF.matcher(brief.substring(end));
        if (clause.find()) {
            end += clause.end();
        } else if (off.find()) {
            end += off.end();
        }
        return sanitised(brief.substring(start, end));
    }

    /** Braces would read as a broken placeholder; the facts themselves never contain them. */
    private static String sanitised(String text) {
        return text.replace('{', '(').replace('}', ')').strip();
    }

    private static List<Variant> tones(String friendly, String urgent, String premium) {
        return List.of(new Variant(friendly, "friendly"), new Variant(urgent, "urgent"), new Variant(premium, "premium"));
    }
}
