package com.minicrm.domain.apikey;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What an API key may do: push data in, read it back, or manage segments, campaigns and AI. */
public enum ApiKeyScope {
    /** Write customers and orders. */
    INGEST,
    /** Read customers, segments and campaigns. */
    READ,
    /** Create and change segments and campaigns, and use the AI features. */
    MANAGE;

    /** The scope's name on the wire and in storage: {@code ingest}, {@code read}, {@code manage}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ApiKeyScope> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value == null ? null : value.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /**
     * Reads a comma list such as {@code "ingest,read"}; an unknown name is refused rather than
     * dropped, so that a typo in configuration never yields a key with fewer rights than intended
     * without anyone noticing.
     */
    public static Set<ApiKeyScope> parseList(String list) {
        Set<ApiKeyScope> scopes = EnumSet.noneOf(ApiKeyScope.class);
        for (String part : list == null ? new String[0] : list.split(",")) {
            if (!part.isBlank()) {
                scopes.add(fromValue(part).orElseThrow(() -> new IllegalArgumentException(
                        "unknown API key scope '" + part.strip() + "'; use ingest, read or manage")));
            }
        }
        return scopes;
    }

    public static String toList(Set<ApiKeyScope> scopes) {
        return scopes.stream().sorted().map(ApiKeyScope::value).collect(Collectors.joining(","));
    }
}
