package com.minicrm.adapter.out.persistence.campaign;

import com.minicrm.domain.validation.InvalidInputException;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Turns a campaign write that lost a race with a segment delete into the answer a missing segment
 * gets anyway (422 naming segmentId): the segment was read a moment before, but the foreign key
 * is what decides, and its "no parent row" failure is no server fault.
 */
final class SegmentReference {
    /** MariaDB/MySQL: "Cannot add or update a child row: a foreign key constraint fails". */
    private static final int NO_PARENT_ROW = 1452;

    private SegmentReference() {}

    static <T> T mustStillExist(Long segmentId, Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (segmentId != null && isMissingParent(e)) {
                throw InvalidInputException.of("segmentId", "no segment has id " + segmentId + " (it was just deleted)");
            }
            throw e;
        }
    }

    private static boolean isMissingParent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == NO_PARENT_ROW) {
                return true;
            }
        }
        return false;
    }
}
