package com.minicrm.adapter.in.rest.security;

import com.minicrm.domain.apikey.ApiKeyScope;

/**
 * The roles an identity can hold: an API key holds one per scope it was issued with, and a
 * signed-in marketer holds {@link #READ} and {@link #MANAGE}. Annotations need constants, so the
 * names are spelled here; a test checks that they are the scopes' own names.
 */
public final class Roles {
    /** {@link ApiKeyScope#INGEST}: write customers and orders. */
    public static final String INGEST = "ingest";
    /** {@link ApiKeyScope#READ}: read customers, segments and campaigns. */
    public static final String READ = "read";
    /** {@link ApiKeyScope#MANAGE}: segments, campaigns and AI. */
    public static final String MANAGE = "manage";

    private Roles() {}
}
