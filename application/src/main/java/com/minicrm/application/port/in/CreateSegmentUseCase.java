package com.minicrm.application.port.in;

import com.minicrm.domain.segment.Segment;
import com.minicrm.domain.segment.SegmentDefinition;

/** Saves a new segment. */
public interface CreateSegmentUseCase {
    Segment create(SegmentDefinition definition);
}
