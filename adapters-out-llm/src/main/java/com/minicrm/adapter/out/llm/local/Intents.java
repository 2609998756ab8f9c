package com.minicrm.adapter.out.llm.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Classifies what a campaign is for from its words (objective, message, rule description): each
 * intent has cue phrases, the intent with the most cues wins, ties go to the first listed.
 */
final class Intents {
    static final String WIN_BACK = "win-back";
    static final String UPSELL = "upsell";
    static final String WELCOME = "welcome";
    static final String LOYALTY = "loyalty";
    static final String FESTIVE = "festive-offer";
    static final String NEW_ARRIVALS = "new-arrivals";

    private static final Map<String, List<String>> CUES = new LinkedHashMap<>();

    static {
        CUES.put(WIN_BACK, List.of("inactive", "lapsed", "dormant", "bring back", "come back", "miss", "win back", "winback",
                "win-back", "churn", "haven't", "not ordered", "re-engage", "reengage", "return", "lost", "away", "back"));
        CUES.put(FESTIVE, List.of("diwali", "holi", "eid", "christmas", "new year", "festive", "festival", "sale", "offer",
                "discount", "% off", "coupon", "pongal", "onam", "navratri", "durga", "rakhi", "raksha", "independence day",
                "black friday", "deal", "cashback"));
        CUES.put(WELCOME, List.of("welcome", "new customer", "new user", "first order", "first purchase", "signup",
                "sign up", "signed up", "onboard", "joined", "never ordered", "first-time", "first time"));
        CUES.put(LOYALTY, List.of("loyal", "loyalty", "thank", "vip", "reward", "points", "appreciate", "best customers",
                "top customers", "exclusive", "anniversary"));
        CUES.put(UPSELL, List.of("upsell", "upgrade", "cross-sell", "cross sell", "premium", "bigger", "add-on",
                "basket", "order value", "spend more", "bundle", "recommend"));
        CUES.put(NEW_ARRIVALS, List.of("launch", "new arrival", "new collection", "announce", "just landed", "new range",
                "introducing", "new product"));
    }

    private Intents() {}

    /** The best intent for the text, or null when no cue matches. */
    static String classify(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, List<String>> intent : CUES.entrySet()) {
            int score = (int) intent.getValue().stream().filter(lower::contains).count();
            if (score > bestScore) {
                best = intent.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /** Whether the text has any cue of this intent. */
    static boolean mentions(String text, String intent) {
        String lower = text.toLowerCase(Locale.ROOT);
        return CUES.get(intent).stream().anyMatch(lower::contains);
    }
}
