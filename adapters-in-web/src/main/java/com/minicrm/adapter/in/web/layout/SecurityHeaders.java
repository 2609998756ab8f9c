package com.minicrm.adapter.in.web.layout;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Security headers on every response of the app's resources (Swagger UI, not one of them, keeps its own). The CSP allows scripts and styles from this app only, with no
 * inline script or style at all; 'unsafe-eval' is there because Alpine.js evaluates its attribute
 * expressions with {@code new Function}, and its eval-free CSP build is not published to Maven.
 */
class SecurityHeaders {
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

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "same-origin");
        // on every response, not just HTML: a template's media type is only settled after this filter
        headers.putSingle("Content-Security-Policy", POLICY);
        headers.putSingle("X-Frame-Options", "DENY");
    }
}
