package com.minicrm.adapter.in.web.signin;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Quarkus OIDC answers a script request without a live session with the non-standard status 499;
 * clients of this app get the standard 401 with the bearer challenge instead.
 */
@ApplicationScoped
class UnauthorizedScriptStatus {
    private static final int OIDC_SCRIPT_CHALLENGE = 499;

    void register(@Observes Router router) {
        // first of all routes, so the hook is in place before any authentication challenge is written
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(ignored -> {
                if (context.response().getStatusCode() == OIDC_SCRIPT_CHALLENGE) {
                    context.response().setStatusCode(401);
                    context.response().headers().set("WWW-Authenticate", "Bearer");
                }
            });
            context.next();
        });
    }
}
