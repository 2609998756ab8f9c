package com.minicrm.adapter.in.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.minicrm.domain.validation.Violation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem document; {@code errors} names every offending field. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** One field and what is wrong with it. */
    public record FieldError(String field, String message) {
        static FieldError from(Violation violation) {
            return new FieldError(violation.field(), violation.message());
        }
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }

    public static Problem invalid(int status, String title, List<Violation> violations) {
        List<FieldError> errors = violations.stream().map(FieldError::from).toList();
        String detail = errors.size() == 1
                ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new Problem("about:blank", title, status, detail, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
