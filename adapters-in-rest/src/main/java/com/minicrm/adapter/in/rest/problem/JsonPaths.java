package com.minicrm.adapter.in.rest.problem;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.minicrm.domain.validation.Violation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Names the field a JSON mapping error is about, in the same form as domain violations. */
final class JsonPaths {
    private JsonPaths() {}

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    /**
     * A key given twice anywhere in the body, named by the object that holds it: the parser reports it
     * where it stood, while a databind wrapper would only say the value "has the wrong type".
     */
    static Optional<Violation> duplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParseException parse && parse.getOriginalMessage() != null
                    && parse.getOriginalMessage().startsWith("Duplicate field '")
                    && parse.getProcessor() != null) {
                JsonStreamContext holder = parse.getProcessor().getParsingContext();
                return Optional.of(new Violation(containerPath(holder), "has the key \"" + holder.getCurrentName() + "\" twice"));
            }
        }
        return Optional.empty();
    }

    /** Where the object holding the current key sits, as customers[0].attributes ("body" at the top). */
    private static String containerPath(JsonStreamContext holder) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = holder.getParent(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject()) {
                parts.addFirst("." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + c.getCurrentIndex() + "]");
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }

    static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e.getCause() instanceof InputCoercionException coercion && coercion.getTargetType() != null) {
            return "is out of range for " + expected(coercion.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + expected(mismatch.getTargetType());
        }
        return "has the wrong type or format";
    }

    private static String expected(Class<?> type) {
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a JSON object";
        }
        String name = type.getSimpleName();
        return switch (name) {
            case "Instant" -> "an ISO-8601 instant such as 2025-03-01T18:30:00Z";
            case "BigDecimal" -> "a decimal number";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "text";
            default -> "a valid " + name;
        };
    }
}
