package com.minicrm.application.port.in;

import com.minicrm.domain.segment.Segment;
import com.minicrm.domain.segment.SegmentDefinition;

/** Replaces the definition of a saved segment; throws {@code SegmentNotFoundException} if there is none. */
public interface UpdateSegmentUseCase {
    Segment update(long id, SegmentDefinition definition);
}
