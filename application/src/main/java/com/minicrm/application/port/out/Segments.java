package com.minicrm.application.port.out;

import com.minicrm.domain.segment.Segment;
import com.minicrm.domain.segment.SegmentDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The saved segments, as a collection. */
public interface Segments {
    /** Stores a new segment; {@code createdBy} is the marketer's address, or null for an API key. */
    Segment add(SegmentDefinition definition, String createdBy, Instant now);

    Optional<Segment> withId(long id);

    List<Segment> newestFirst();

    /** Replaces the definition in one unit of work; empty if there is no such segment. */
    Optional<Segment> redefine(long id, SegmentDefinition definition, Instant now);

    /** Returns whether it existed; throws {@code SegmentInUseException} while a campaign targets it. */
    boolean remove(long id);
}
