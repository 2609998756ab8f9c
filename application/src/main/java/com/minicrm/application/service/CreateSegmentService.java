package com.minicrm.application.service;

import com.minicrm.application.port.in.CreateSegmentUseCase;
import com.minicrm.application.port.out.Segments;
import com.minicrm.domain.segment.Segment;
import com.minicrm.domain.segment.SegmentDefinition;
import java.time.Clock;

/** Saves a new segment stamped with the clock's now. */
public class CreateSegmentService implements CreateSegmentUseCase {
    private final Segments segments;
    private final Clock clock;

    public CreateSegmentService(Segments segments, Clock clock) {
        this.segments = segments;
        this.clock = clock;
    }

    @Override
    public Segment create(SegmentDefinition definition, String createdBy) {
        return segments.add(definition, createdBy, clock.instant());
    }
}
