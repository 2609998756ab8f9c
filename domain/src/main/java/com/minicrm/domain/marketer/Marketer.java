package com.minicrm.domain.marketer;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** A person who signs in to the web app: who they are, and when they were first and last seen. */
public record Marketer(String email, String name, String pictureUrl, Instant firstSeenAt, Instant lastSeenAt) {
    public Marketer {
        if (email == null || email.isBlank() || email.length() > 254 || !email.contains("@")) {
            throw new IllegalArgumentException("a marketer needs an e-mail address");
        }
        email = email.strip().toLowerCase(Locale.ROOT);
        name = name == null || name.isBlank() ? email : name.strip();
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    }

    /** Someone seen for the first time. */
    public static Marketer firstSeen(String email, String name, String pictureUrl, Instant now) {
        return new Marketer(email, name, pictureUrl, now, now);
    }

    /** The same person seen again, with the name and picture the identity provider gives now. */
    public Marketer seenAgain(String newName, String newPictureUrl, Instant now) {
        return new Marketer(email, newName == null ? name : newName, newPictureUrl == null ? pictureUrl : newPictureUrl,
                firstSeenAt, now);
    }
}
