package com.minicrm.adapter.in.web.signin;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Requests a program makes rather than a person navigating: JSON API calls, htmx swaps, and the
 * framework's endpoints under /q/ (a metrics scraper). Without credentials these must fail with a
 * status the caller can act on, not follow a redirect to sign-in.
 */
@ApplicationScoped
class ScriptRequests implements JavaScriptRequestChecker {
    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        return context.normalizedPath().startsWith("/api/") || context.normalizedPath().startsWith("/q/")
                || context.request().getHeader("HX-Request") != null
                || "XMLHttpRequest".equals(context.request().getHeader("X-Requested-With"));
    }
}
