package com.minicrm.adapter.in.rest.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer API key presented with a request, waiting to be checked. */
final class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {
    private final String key;

    ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
