package com.minicrm.adapter.in.web.layout;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * quarkus-rest-csrf checks the token of every form post, but a JSON request only when it happens to
 * carry the token header. A browser session must not skip the check by sending JSON, so an unsafe
 * non-form request that rides on the session cookie needs the header, equal to the CSRF cookie.
 * Only a bearer API key is exempt: such a request is authenticated by its key alone (a wrong key is
 * refused, never replaced by the session), and a browser cannot add the header to a forged request.
 * Any other Authorization header is no reason to skip the check.
 */
class SessionCsrfGuard {
    static final String SESSION_COOKIE = "q_session";
    private static final String REFUSAL = "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
            + "\"detail\":\"Missing or wrong CSRF token (send the csrf-token cookie's value as X-CSRF-TOKEN);"
            + " reload the page and try again.\"}";

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
    String headerName;

    @ServerRequestFilter
    public Response guard(ContainerRequestContext request, RoutingContext routing) {
        String method = request.getMethod();
        boolean unsafe = !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
        if (!unsafe || isBearer(request.getHeaderString("Authorization")) || !hasSessionCookie(routing) || isForm(request)) {
            return null;
        }
        String header = request.getHeaderString(headerName);
        Cookie cookie = routing.request().getCookie(cookieName);
        if (header != null && cookie != null && MessageDigest.isEqual(
                header.getBytes(StandardCharsets.UTF_8), cookie.getValue().getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        // The JSON APIs answer every refusal as problem+json, as their other errors.
        return Response.status(403).type("application/problem+json").entity(REFUSAL).build();
    }

    private static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static boolean hasSessionCookie(RoutingContext routing) {
        return routing.request().cookies().stream().anyMatch(c -> c.getName().startsWith(SESSION_COOKIE));
    }

    /** Forms are quarkus-rest-csrf's to check, against their hidden field. */
    private static boolean isForm(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
