package com.minicrm.adapter.in.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a free-form object keeping every fraction as the exact decimal sent, where Jackson would
 * round it to a double (1e999999 to Infinity, 1e-999999 to 0.0, 40 digits to 17), so the domain
 * can refuse a number it could not store as sent rather than store another one.
 */
public final class ExactNumbers extends StdDeserializer<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    public ExactNumbers() {
        super(Map.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return (Map<String, Object>) context.handleUnexpectedToken(Map.class, parser);
        }
        return (Map<String, Object>) value(parser, context);
    }

    private static Object value(JsonParser parser, DeserializationContext context) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
                    parser.nextToken();
                    object.put(key, value(parser, context));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser, context));
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT -> {
                return parser.getNumberValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return parser.getDecimalValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> {
                return context.handleUnexpectedToken(Object.class, parser);
            }
        }
    }
}
