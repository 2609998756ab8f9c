package com.minicrm.adapter.in.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The application's one ObjectMapper, read as strictly as the contract is written: no unstorable
 * text, no byte-order mark, nothing after the document, no key given twice, no number or boolean
 * quietly turned into text, no text or fraction quietly turned into a number, and no text or number
 * quietly turned into a boolean. It replaces Quarkus' default mapper, so it applies every customizer the same way.
 */
public class StrictJson {
    @Produces
    @Singleton
    ObjectMapper objectMapper(Instance<ObjectMapperCustomizer> customizers) {
        ObjectMapper mapper = new ObjectMapper(new GuardedJsonFactory());
        List<ObjectMapperCustomizer> ordered = new ArrayList<>();
        customizers.forEach(ordered::add);
        // ObjectMapperCustomizer sorts by priority, highest first, as Quarkus' own producer applies them.
        Collections.sort(ordered);
        ordered.forEach(customizer -> customizer.customize(mapper));
        return strict(mapper);
    }

    static ObjectMapper strict(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // A key given twice is ambiguous: which value did the client mean? Refuse it rather than keep the last.
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // 6.9 is not an id, and "12.50" is text: numbers arrive as JSON numbers, whole where the contract says so.
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        // "true", "TRUE", "" and 1 are not booleans: a flag such as transactional arrives as true or false.
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
