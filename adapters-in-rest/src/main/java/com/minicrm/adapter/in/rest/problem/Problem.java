package com.minicrm.adapter.in.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.minicrm.domain.validation.Text;
import com.minicrm.domain.validation.Violation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem document; {@code errors} names every offending field. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** Echoed input (a parser's message quotes the token) could hold text JSON cannot carry. */
    public Problem {
        detail = printable(detail);
    }

    /** One field and what is wrong with it. */
    public record FieldError(String field, String message) {
        public FieldError {
            field = printable(field);
            message = printable(message);
        }

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

    private static String printable(String text) {
        if (Text.isSafe(text)) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else {
                clean.append(c == '\u0000' || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return clean.toString();
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
