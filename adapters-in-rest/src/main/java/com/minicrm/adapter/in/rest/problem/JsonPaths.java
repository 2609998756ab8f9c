package com.minicrm.adapter.in.rest.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;

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

    static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            return "must be " + expected(format.getTargetType());
        }
        return "has the wrong type or format";
    }

    private static String expected(Class<?> type) {
        String name = type.getSimpleName();
        return switch (name) {
            case "Instant" -> "an ISO-8601 instant such as 2025-03-01T18:30:00Z";
            case "BigDecimal" -> "a decimal number";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            default -> "a valid " + name;
        };
    }
}
