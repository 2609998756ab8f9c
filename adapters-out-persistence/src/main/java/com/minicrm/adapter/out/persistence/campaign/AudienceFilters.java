package com.minicrm.adapter.out.persistence.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.domain.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles a frozen audience rule into SQL. A stand-in that understands only {@code {"all":true}},
 * {@code {"and":[...]}} and {@code {"field","op":"eq|gte|lte","value"}} until the segment rule
 * compiler is merged; the columns come from a whitelist and values are always bound.
 */
@ApplicationScoped
class AudienceFilters {
    private static final Map<String, String> COLUMNS =
            Map.of("city", "city", "name", "name", "visits", "visits", "total_spend", "total_spend");
    private static final Map<String, String> OPERATORS = Map.of("eq", "=", "gte", ">=", "lte", "<=");
    private final ObjectMapper json;

    AudienceFilters(ObjectMapper json) {
        this.json = json;
    }

    AudienceFilter compile(String rule) {
        try {
            List<Object> binds = new ArrayList<>();
            String where = compile(json.readTree(rule), binds);
            return new AudienceFilter(where, binds);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw InvalidInputException.of("rule", "is not a valid rule: " + e.getMessage());
        }
    }

    private String compile(JsonNode node, List<Object> binds) {
        if (node.path("all").asBoolean(false)) {
            return "TRUE";
        }
        if (node.has("and")) {
            List<String> parts = new ArrayList<>();
            node.get("and").forEach(child -> parts.add(compile(child, binds)));
            return parts.isEmpty() ? "TRUE" : "(" + String.join(" AND ", parts) + ")";
        }
        String column = COLUMNS.get(node.path("field").asText());
        String operator = OPERATORS.get(node.path("op").asText());
        if (column == null || operator == null || !node.has("value")) {
            throw new IllegalArgumentException("unknown field or operator");
        }
        JsonNode value = node.get("value");
        binds.add(value.isNumber() ? value.decimalValue() : value.asText());
        return column + " " + operator + " ?";
    }
}
