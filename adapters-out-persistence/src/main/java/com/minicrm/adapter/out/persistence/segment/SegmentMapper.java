package com.minicrm.adapter.out.persistence.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.domain.segment.RuleParser;
import com.minicrm.domain.segment.RuleTree;
import com.minicrm.domain.segment.Segment;
import com.minicrm.domain.segment.SegmentDefinition;
import java.time.Instant;

/** Maps segments to rows and back; stored rules are parsed again, so the catalog still checks them. */
final class SegmentMapper {
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private SegmentMapper() {}

    static Segment toDomain(SegmentEntity entity) {
        try {
            Object tree = JSON.readValue(entity.ruleJson, Object.class);
            return new Segment(entity.id,
                    new SegmentDefinition(entity.name, entity.description, RuleParser.parse(tree)),
                    entity.createdBy, entity.createdAt, entity.updatedAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Segment " + entity.id + " has unreadable rule JSON", e);
        }
    }

    static void apply(SegmentDefinition definition, SegmentEntity entity, Instant now) {
        try {
            entity.name = definition.name();
            entity.description = definition.description();
            entity.ruleJson = JSON.writeValueAsString(RuleTree.of(definition.rule()));
            entity.updatedAt = now;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Rule could not be written as JSON", e);
        }
    }
}
