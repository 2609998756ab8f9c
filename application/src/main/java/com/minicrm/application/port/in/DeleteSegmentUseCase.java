package com.minicrm.application.port.in;

/**
 * Deletes a segment; throws {@code SegmentNotFoundException} if there is none and
 * {@code SegmentInUseException} while a campaign targets it.
 */
public interface DeleteSegmentUseCase {
    void delete(long id);
}
