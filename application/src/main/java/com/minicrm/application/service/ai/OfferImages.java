package com.minicrm.application.service.ai;

import java.util.Locale;
import java.util.Set;

/** The small set of offer images bundled with the app, one per intent and tone. */
final class OfferImages {
    static final Set<String> INTENTS = Set.of("win-back", "upsell", "welcome", "loyalty", "festive-offer", "new-arrivals");
    static final Set<String> TONES = Set.of("friendly", "urgent", "premium");

    private OfferImages() {}

    /** The image for this intent and tone, or null when none is bundled. */
    static String pick(String intent, String tone) {
        String i = intent.toLowerCase(Locale.ROOT);
        String t = tone.toLowerCase(Locale.ROOT);
        return INTENTS.contains(i) && TONES.contains(t) ? "/ai/images/" + i + "-" + t + ".svg" : null;
    }
}
