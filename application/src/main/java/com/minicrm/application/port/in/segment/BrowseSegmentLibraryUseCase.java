package com.minicrm.application.port.in.segment;

import com.minicrm.domain.segment.Segment;
import java.time.Instant;
import java.util.List;

/** The segment library: saved segments with their rule in words and how campaigns use them. */
public interface BrowseSegmentLibraryUseCase {
    /** Newest first; a non-blank {@code text} keeps segments whose name, description or rule text contains it. */
    List<LibraryEntry> search(String text);

    /** One segment; throws {@code SegmentNotFoundException} if there is none. */
    LibraryEntry entry(long id);

    /**
     * A segment, its rule as a marketer reads it, and the campaigns that target it (0, null, null when none);
     * {@code scheduled} of them have not started, and keep the rule they were scheduled with if the segment changes.
     */
    record LibraryEntry(Segment segment, String ruleText, int campaigns, Instant lastUsedAt, String latestCampaign,
            int scheduled) {
        public boolean inUse() {
            return campaigns > 0;
        }
    }
}
