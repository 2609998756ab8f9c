package com.minicrm.application.service.segment;

import com.minicrm.application.port.in.segment.DuplicateSegmentUseCase;
import com.minicrm.application.port.out.Segments;
import com.minicrm.domain.segment.Segment;
import com.minicrm.domain.segment.SegmentDefinition;
import com.minicrm.domain.segment.SegmentNotFoundException;
import java.time.Clock;

/** Copies a segment as "Copy of …", cut to the longest name a segment may have. */
public class DuplicateSegmentService implements DuplicateSegmentUseCase {
    private static final String PREFIX = "Copy of ";
    private final Segments segments;
    private final Clock clock;

    public DuplicateSegmentService(Segments segments, Clock clock) {
        this.segments = segments;
        this.clock = clock;
    }

    @Override
    public Segment duplicate(long id, String createdBy) {
        Segment original = segments.withId(id).orElseThrow(() -> new SegmentNotFoundException(id));
        String name = PREFIX + original.name();
        if (name.length() > SegmentDefinition.MAX_NAME) {
            name = name.substring(0, SegmentDefinition.MAX_NAME);
        }
        return segments.add(new SegmentDefinition(name, original.description(), original.rule()), createdBy, clock.instant());
    }
}
