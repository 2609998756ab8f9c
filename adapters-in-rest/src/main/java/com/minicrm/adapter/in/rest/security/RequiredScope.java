package com.minicrm.adapter.in.rest.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Optional;

/** The scope an operation needs, read from its {@link RolesAllowed}, so a refusal can name it. */
public final class RequiredScope {
    private RequiredScope() {}

    public static Optional<String> of(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return Optional.empty();
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return allowed == null || allowed.value().length == 0 ? Optional.empty() : Optional.of(String.join("' or '", allowed.value()));
    }

    /** The sentence a 403 answers with: a key lacks a scope; a signed-in marketer needs a key for this. */
    public static String refusal(ResourceInfo resource, Principal caller) {
        boolean apiKey = caller != null && caller.getName().startsWith(ApiKeyIdentityProvider.PRINCIPAL_PREFIX);
        return of(resource)
                .map(scope -> apiKey
                        ? "This API key lacks the '" + scope + "' scope, which this operation needs."
                                + " A signed-in marketer can issue a key with it in Settings."
                        : "Signed-in marketers may not use this operation; it takes an API key with the '" + scope + "' scope.")
                .orElse("This identity may not use this operation.");
    }
}
