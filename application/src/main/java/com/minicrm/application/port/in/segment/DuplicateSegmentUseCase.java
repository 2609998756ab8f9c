package com.minicrm.application.port.in.segment;

import com.minicrm.domain.segment.Segment;

/** Saves a copy of a segment, to change it without touching the original; throws {@code SegmentNotFoundException}. */
public interface DuplicateSegmentUseCase {
    Segment duplicate(long id, String createdBy);
}
