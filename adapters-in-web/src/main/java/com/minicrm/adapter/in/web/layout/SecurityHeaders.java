package com.minicrm.adapter.in.web.layout;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Security headers on every response the router sends: pages, the API, {@code /q/*} and static
 * files, errors included, since they are set just before the headers go out. The CSP allows scripts
 * and styles from this app only, with no inline script or style at all; 'unsafe-eval' is there
 * because Alpine.js evaluates its attribute expressions with {@code new Function}, and its eval-free
 * CSP build is not published to Maven. Swagger UI configures itself with an inline script and
 * styles, so its pages alone get a policy that allows inline code, still from this origin only.
 */
@Singleton
class SecurityHeaders {
    /** Runs before every other filter, so even a request refused early carries the headers. */
    static final int PRIORITY = 100_000;
    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-eval'",
            "style-src 'self'",
            "img-src 'self' data: https://*.googleusercontent.com",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    /** Assets that hold nothing private, so browsers may keep them. */
    static final java.util.List<String> STATIC_PATHS = java.util.List.of("/static/", "/_static/", "/webjars/", "/ai/images/",
            "/favicon.ico", "/q/swagger-ui/");
    static final String SWAGGER_UI_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    void register(@Observes Filters filters) {
        filters.register(SecurityHeaders::headers, PRIORITY);
    }

    static void headers(RoutingContext context) {
        String path = context.normalizedPath();
        String policy = path.startsWith("/q/swagger-ui") ? SWAGGER_UI_POLICY : POLICY;
        boolean cacheable = STATIC_PATHS.stream().anyMatch(path::startsWith);
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "same-origin");
            headers.set("Content-Security-Policy", policy);
            headers.set("X-Frame-Options", "DENY");
            if (!cacheable) {
                // Pages and answers hold customer data and, once, a new API key: no copy on disk or in a shared cache.
                headers.set("Cache-Control", "no-store");
            }
        });
        context.next();
    }
}
