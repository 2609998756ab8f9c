package com.minicrm.domain.consent;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a customer's reply asks for. Only a reply that is nothing but a keyword counts, in any case,
 * with surrounding spaces and a trailing full stop or exclamation mark: "stop", " Stop All ", "STOP."
 * or "opt-out". "Please stop sending me offers" is a reply to read, not a keyword, as carriers'
 * keyword handling treats it.
 */
public enum InboundKeyword {
    STOP,
    START,
    OTHER;

    private static final Set<String> STOP_WORDS = Set.of("STOP", "STOP ALL", "STOPALL", "UNSUBSCRIBE", "UNSUB", "END",
            "CANCEL", "QUIT", "OPT OUT", "OPTOUT", "OPT-OUT", "STOP PROMO", "STOP PROMOS");
    private static final Set<String> START_WORDS = Set.of("START", "UNSTOP", "SUBSCRIBE", "RESUBSCRIBE", "OPT IN", "OPTIN", "OPT-IN");

    public static InboundKeyword of(String text) {
        if (text == null) {
            return OTHER;
        }
        String word = text.strip().replaceAll("[.!]+$", "").strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (STOP_WORDS.contains(word)) {
            return STOP;
        }
        return START_WORDS.contains(word) ? START : OTHER;
    }

    /** The subscription this keyword sets, for STOP and START. */
    public Optional<Subscription> subscription() {
        return switch (this) {
            case STOP -> Optional.of(Subscription.UNSUBSCRIBED);
            case START -> Optional.of(Subscription.SUBSCRIBED);
            case OTHER -> Optional.empty();
        };
    }
}
