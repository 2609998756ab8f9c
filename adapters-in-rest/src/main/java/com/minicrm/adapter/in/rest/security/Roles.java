package com.minicrm.adapter.in.rest.security;

/** The roles an identity can hold. */
public final class Roles {
    /** A brand's system, authenticated by an API key. */
    public static final String API_CLIENT = "api-client";

    private Roles() {}
}
