package com.minicrm.bootstrap.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The mutants every request body must refuse, built field by field rather than by chance: each text
 * the body holds (declared or inside free-form JSON) with a NUL or a lone surrogate, each field the
 * document declares as a string with a number, a boolean, an object or a list, and the whole body
 * behind a byte-order mark or followed by more content.
 */
final class TargetedMutants {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final List<String> UNSTORABLE = List.of("\uD800", "x\uDFFF", "a\u0000b", "\uDBFF\uDBFF", "ok\uD83D");
    static final List<JsonNode> NOT_TEXT = List.of(JSON.numberNode(new BigInteger("18446744073709551616")), JSON.numberNode(7),
            JSON.numberNode(1.5), JSON.booleanNode(true), JSON.booleanNode(false), JSON.objectNode().put("a", 1), JSON.arrayNode().add("x"));
    static final List<UnaryOperator<String>> MALFORMED = List.of(body -> "\uFEFF" + body, body -> body + "garbage",
            body -> body + "{}", body -> body + "]", body -> body + " 1");

    /** A body to send and the field it breaks ("body" for the whole). */
    record Targeted(String body, String field) {}

    private TargetedMutants() {}

    /** Every targeted mutant of a (marked) seed; the operation's schema says which fields are text. */
    static List<Targeted> of(JsonNode seed, JsonNode schema, JsonNode document) {
        List<Targeted> mutants = new ArrayList<>();
        Set<List<Object>> declared = new LinkedHashSet<>();
        declaredText(schema, seed, new ArrayList<>(), document, declared);
        Set<List<Object>> texts = new LinkedHashSet<>(declared);
        anyText(seed, new ArrayList<>(), texts);
        for (List<Object> path : texts) {
            for (String unstorable : UNSTORABLE) {
                mutants.add(set(seed, path, JSON.textNode(unstorable)));
            }
        }
        for (List<Object> path : declared) {
            for (JsonNode wrong : NOT_TEXT) {
                mutants.add(set(seed, path, wrong));
            }
        }
        for (UnaryOperator<String> wrap : MALFORMED) {
            mutants.add(new Targeted(wrap.apply(HostileValues.escapeSurrogates(seed.toString())), "body"));
        }
        return mutants;
    }

    /** Paths the schema declares as strings, where the seed has their parent. */
    private static void declaredText(JsonNode schema, JsonNode example, List<Object> path, JsonNode document, Set<List<Object>> found) {
        JsonNode resolved = resolve(schema, document);
        if (resolved == null || example == null) {
            return;
        }
        if ("string".equals(resolved.path("type").asText()) && !path.isEmpty()) {
            found.add(path);
            return;
        }
        resolved.path("properties").properties().forEach(property -> {
            List<Object> child = append(path, property.getKey());
            JsonNode value = example.get(property.getKey());
            JsonNode propertySchema = resolve(property.getValue(), document);
            if (value == null && propertySchema != null && "string".equals(propertySchema.path("type").asText()) && example.isObject()) {
                found.add(child);
            } else {
                declaredText(property.getValue(), value, child, document, found);
            }
        });
        if (resolved.has("items") && example.isArray() && !example.isEmpty()) {
            declaredText(resolved.get("items"), example.get(0), append(path, 0), document, found);
        }
    }

    /** Every text value in the seed, free-form JSON included. */
    private static void anyText(JsonNode node, List<Object> path, Set<List<Object>> found) {
        if (node.isTextual()) {
            found.add(path);
        } else if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> anyText(field.getValue(), append(path, field.getKey()), found));
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            anyText(array.get(0), append(path, 0), found);
        }
    }

    private static JsonNode resolve(JsonNode schema, JsonNode document) {
        if (schema == null || schema.isMissingNode()) {
            return null;
        }
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/") ? document.path("components").path("schemas").get(ref.substring(21)) : schema;
    }

    private static Targeted set(JsonNode seed, List<Object> path, JsonNode value) {
        JsonNode copy = seed.deepCopy();
        JsonNode parent = copy;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else {
            ((ArrayNode) parent).set((Integer) last, value);
        }
        return new Targeted(HostileValues.escapeSurrogates(copy.toString()), name(path));
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    /** The field's name as the API reports it: {@code customers[0].email}. */
    static String name(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.length() == 0 ? "" : ".").append(step);
            }
        }
        return name.toString();
    }
}
