package com.minicrm.application.port.in;

import com.minicrm.domain.segment.Segment;
import java.util.List;

/** Reads saved segments. */
public interface FindSegmentsUseCase {
    /** Throws {@code SegmentNotFoundException} if there is no such segment. */
    Segment byId(long id);

    List<Segment> newestFirst();
}
