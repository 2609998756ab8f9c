package com.minicrm.domain.segment;

/** No segment has the requested id. */
public class SegmentNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SegmentNotFoundException(long id) {
        super("Segment " + id + " does not exist");
    }
}
