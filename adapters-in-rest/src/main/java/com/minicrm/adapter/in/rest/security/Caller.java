package com.minicrm.adapter.in.rest.security;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: a client with an API key, or a marketer signed in to the pages (whose scripts call the API). */
public final class Caller {
    private Caller() {}

    public static boolean isApiKey(SecurityIdentity identity) {
        return !identity.isAnonymous() && identity.getPrincipal().getName().startsWith(ApiKeyIdentityProvider.PRINCIPAL_PREFIX);
    }

    /** The name records keep: {@code api-key:<name>} for a key, the marketer's principal otherwise; null when anonymous. */
    public static String name(SecurityIdentity identity) {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }
}
