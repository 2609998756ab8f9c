package com.minicrm.domain.segment;

import java.time.Instant;
import java.util.Objects;

/** A saved segment: a definition with its identity, who created it (if known), and when it was created and last changed. */
public record Segment(long id, SegmentDefinition definition, String createdBy, Instant createdAt, Instant updatedAt) {
    public Segment {
        if (id <= 0) {
            throw new IllegalArgumentException("id must be positive");
        }
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public String name() {
        return definition.name();
    }

    public String description() {
        return definition.description();
    }

    public Rule rule() {
        return definition.rule();
    }

    /** The same segment with a new definition, changed at {@code now}. */
    public Segment redefine(SegmentDefinition newDefinition, Instant now) {
        return new Segment(id, newDefinition, createdBy, createdAt, now);
    }
}
