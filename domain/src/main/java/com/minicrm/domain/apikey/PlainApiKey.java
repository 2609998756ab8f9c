package com.minicrm.domain.apikey;

import java.security.SecureRandom;
import java.util.Base64;

/** A key in plain text, as the client sends it. It never goes to storage, only its hash does. */
public record PlainApiKey(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "crm_";

    public PlainApiKey {
        if (value == null || value.isBlank() || value.length() > 200) {
            throw new IllegalArgumentException("an API key is 1 to 200 characters");
        }
    }

    public static PlainApiKey generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new PlainApiKey(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The first characters, safe to show so a user can tell keys apart. */
    public String prefix() {
        return value.substring(0, Math.min(8, value.length()));
    }

    @Override
    public String toString() {
        return "PlainApiKey[" + prefix() + "…]";
    }
}
