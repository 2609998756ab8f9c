package com.minicrm.application.port.out.segment;

import java.time.Instant;
import java.util.Map;

/** How campaigns use the saved segments, for the library's "last used" and its delete refusals. */
public interface SegmentUsages {
    /** Every segment some campaign targets, by segment id; segments no campaign uses are absent. */
    Map<Long, SegmentUsage> all();

    /** How many campaigns target a segment, when the latest was created, and its name. */
    /** {@code scheduled} counts the campaigns that target the segment and have not started yet. */
    record SegmentUsage(int campaigns, Instant lastUsedAt, String latestCampaign, int scheduled) {}
}
