package com.minicrm.adapter.in.web.signin;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * A person signed in (the HTTP permission for pages already demanded that) whom the sign-in policy
 * does not allow is sent to the page that says so, instead of the page they asked for.
 */
@Provider
@MarketerPage
class NotAllowedFilter implements ContainerRequestFilter {
    private final SignedIn me;

    NotAllowedFilter(SignedIn me) {
        this.me = me;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!me.isMarketer()) {
            request.abortWith(Response.seeOther(URI.create(NotAllowedPage.PATH)).build());
        }
    }
}
