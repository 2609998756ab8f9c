package com.minicrm.application.service;

import com.minicrm.application.port.in.DeleteSegmentUseCase;
import com.minicrm.application.port.out.Segments;
import com.minicrm.domain.segment.SegmentNotFoundException;

/** Deletes a segment no campaign uses. */
public class DeleteSegmentService implements DeleteSegmentUseCase {
    private final Segments segments;

    public DeleteSegmentService(Segments segments) {
        this.segments = segments;
    }

    @Override
    public void delete(long id) {
        if (!segments.remove(id)) {
            throw new SegmentNotFoundException(id);
        }
    }
}
