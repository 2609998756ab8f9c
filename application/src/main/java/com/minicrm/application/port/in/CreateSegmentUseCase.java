package com.minicrm.application.port.in;

import com.minicrm.domain.segment.Segment;
import com.minicrm.domain.segment.SegmentDefinition;

/** Saves a new segment. */
public interface CreateSegmentUseCase {
    /** {@code createdBy} is the marketer's address, or null when an API key creates it. */
    Segment create(SegmentDefinition definition, String createdBy);
}
