package com.minicrm.adapter.out.persistence.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Reads and writes the free-form JSON columns (attributes, order items). */
@ApplicationScoped
class JsonColumns {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private final ObjectMapper mapper;

    JsonColumns(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value cannot be stored as JSON", e);
        }
    }

    Map<String, Object> readMap(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            return mapper.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}
