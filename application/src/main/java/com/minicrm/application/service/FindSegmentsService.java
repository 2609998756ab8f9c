package com.minicrm.application.service;

import com.minicrm.application.port.in.FindSegmentsUseCase;
import com.minicrm.application.port.out.Segments;
import com.minicrm.domain.segment.Segment;
import com.minicrm.domain.segment.SegmentNotFoundException;
import java.util.List;

/** Reads saved segments. */
public class FindSegmentsService implements FindSegmentsUseCase {
    private final Segments segments;

    public FindSegmentsService(Segments segments) {
        this.segments = segments;
    }

    @Override
    public Segment byId(long id) {
        return segments.withId(id).orElseThrow(() -> new SegmentNotFoundException(id));
    }

    @Override
    public List<Segment> newestFirst() {
        return segments.newestFirst();
    }
}
