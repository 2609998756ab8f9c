package com.minicrm.adapter.out.persistence.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.domain.campaign.MessageTemplate;
import com.minicrm.domain.campaign.Variant;
import java.util.List;

/** The campaign's variants as the JSON of its {@code variants} column; NULL for a single template. */
final class VariantsColumn {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Stored>> LIST = new TypeReference<>() {};

    /** One variant as stored. */
    record Stored(String key, String template, int weight) {}

    private VariantsColumn() {}

    static String write(List<Variant> variants) {
        if (variants.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(variants.stream().map(v -> new Stored(v.key(), v.template().text(), v.weight())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("variants cannot be written as JSON", e);
        }
    }

    static List<Variant> read(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, LIST).stream()
                    .map(s -> new Variant(s.key(), MessageTemplate.parse(s.template()), s.weight())).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored variants are unreadable", e);
        }
    }
}
