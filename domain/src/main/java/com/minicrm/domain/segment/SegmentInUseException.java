package com.minicrm.domain.segment;

/** The segment cannot be deleted because a campaign still targets it. */
public class SegmentInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SegmentInUseException(long id) {
        super("Segment " + id + " is used by a campaign");
    }
}
