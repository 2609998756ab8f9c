package com.minicrm.adapter.in.rest.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
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

    /** The sentence a 403 answers with. */
    public static String refusal(ResourceInfo resource) {
        return of(resource)
                .map(scope -> "This API key lacks the '" + scope + "' scope, which this operation needs."
                        + " A signed-in marketer can issue a key with it in Settings.")
                .orElse("This identity may not use this operation.");
    }
}
