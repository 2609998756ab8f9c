package com.minicrm.adapter.in.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.minicrm.adapter.in.rest.json.UnsafeTextException;
import com.minicrm.adapter.in.rest.security.RequiredScope;
import com.minicrm.application.port.in.RetryLaterException;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violation;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an {@code application/problem+json} answer with the right status. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e) {
        clientError(422, e);
        return Problem.invalid(422, "Invalid input", e.violations()).toResponse();
    }

    /** Named explicitly so it wins over the JSON extension's own mapper for this type. */
    @ServerExceptionMapper
    public Response mistyped(MismatchedInputException e) {
        return malformedOrMistyped(e);
    }

    /** Named explicitly so a databind wrapper around it cannot turn it into a 400 without the field. */
    @ServerExceptionMapper
    public Response unsafeText(UnsafeTextException e) {
        clientError(422, e);
        return Problem.invalid(422, "Invalid input", List.of(new Violation(e.field(), e.problem()))).toResponse();
    }

    @ServerExceptionMapper
    public Response malformedOrMistyped(JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnsafeTextException unsafe) {
                return unsafeText(unsafe);
            }
        }
        Optional<Violation> duplicate = JsonPaths.duplicateKey(e);
        if (duplicate.isPresent()) {
            clientError(400, e);
            return Problem.invalid(400, "Malformed JSON", List.of(duplicate.get())).toResponse();
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = JsonPaths.of(mapping.getPath());
            return Problem.invalid(422, "Invalid input", List.of(new Violation(field, JsonPaths.describe(mapping)))).toResponse();
        }
        if (e instanceof MismatchedInputException mismatch) {
            // A whole body of the wrong shape: say what it must be, never the Java type it was read into.
            return Problem.of(400, "Malformed JSON", "The body " + JsonPaths.describe(mismatch) + ".").toResponse();
        }
        return Problem.of(400, "Malformed JSON", "The body is not valid JSON: " + e.getOriginalMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response retryLater(RetryLaterException e) {
        // One line, no stack trace: under overload this runs for every refused request.
        LOG.warn("503: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
        Response response = Problem.of(503, "Service unavailable", "The request was not accepted; it is safe to retry.").toResponse();
        return Response.fromResponse(response).header("Retry-After", "1").build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized() {
        Response response = Problem.of(401, "Unauthorized", "Send a valid API key as 'Authorization: Bearer <key>'.").toResponse();
        return Response.fromResponse(response).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ResourceInfo resource, ContainerRequestContext request) {
        return Problem.of(403, "Forbidden", RequiredScope.refusal(resource, request.getSecurityContext().getUserPrincipal()))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        // The JSON reader wraps Jackson's error in a bare 400; unwrap it to name the field.
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedOrMistyped(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        } else {
            clientError(status, e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return Problem.of(status, known == null ? "Error" : known.getReasonPhrase(), e.getMessage()).toResponse();
    }

    /**
     * A client's mistake is logged in one line without a trace: nothing on our side needs fixing, and a
     * hostile client sending thousands of them must not fill the log with stack traces.
     */
    private static void clientError(int status, Exception e) {
        LOG.debugf("%d: %s", status, e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return Problem.of(500, "Internal error", "Something went wrong on our side.").toResponse();
    }
}
