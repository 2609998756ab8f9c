package com.minicrm.adapter.in.rest.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;

/**
 * Gives an API rejection that carries no body a problem+json one. Filters that abort a request
 * themselves (the CSRF filter refusing a form post without a token, for one) bypass the exception
 * mappers; this keeps "every rejection is a problem" true for them as well.
 */
@Provider
public class BodylessErrorFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity() || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status == 400 ? "This API takes JSON; a form post needs the page's CSRF token." : title;
        response.setEntity(Problem.of(status, title, detail), new Annotation[0], Problem.PROBLEM_JSON);
    }
}
