package com.minicrm.adapter.in.web.signin;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Requests a script makes rather than a person navigating: JSON API calls and htmx swaps. Without a
 * live session these must fail with a status the script can show, not follow a redirect to sign-in.
 */
@ApplicationScoped
class ScriptRequests implements JavaScriptRequestChecker {
    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        return context.normalizedPath().startsWith("/api/")
                || context.request().getHeader("HX-Request") != null
                || "XMLHttpRequest".equals(context.request().getHeader("X-Requested-With"));
    }
}
