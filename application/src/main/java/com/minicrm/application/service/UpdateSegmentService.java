package com.minicrm.application.service;

import com.minicrm.application.port.in.UpdateSegmentUseCase;
import com.minicrm.application.port.out.Segments;
import com.minicrm.domain.segment.Segment;
import com.minicrm.domain.segment.SegmentDefinition;
import com.minicrm.domain.segment.SegmentNotFoundException;
import java.time.Clock;

/** Replaces a segment's definition. */
public class UpdateSegmentService implements UpdateSegmentUseCase {
    private final Segments segments;
    private final Clock clock;

    public UpdateSegmentService(Segments segments, Clock clock) {
        this.segments = segments;
        this.clock = clock;
    }

    @Override
    public Segment update(long id, SegmentDefinition definition) {
        return segments.redefine(id, definition, clock.instant()).orElseThrow(() -> new SegmentNotFoundException(id));
    }
}
