package com.minicrm.application.service.segment;

import com.minicrm.application.port.in.segment.BrowseSegmentLibraryUseCase;
import com.minicrm.application.port.out.Segments;
import com.minicrm.application.port.out.segment.SegmentUsages;
import com.minicrm.application.port.out.segment.SegmentUsages.SegmentUsage;
import com.minicrm.domain.segment.RuleDescription;
import com.minicrm.domain.segment.Segment;
import com.minicrm.domain.segment.SegmentNotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lists the library from the saved segments and one grouped usage query. Searching filters in memory:
 * a brand keeps tens or hundreds of segments, not millions, and the rule text exists only in Java.
 */
public class BrowseSegmentLibraryService implements BrowseSegmentLibraryUseCase {
    private static final SegmentUsage UNUSED = new SegmentUsage(0, null, null, 0);
    private final Segments segments;
    private final SegmentUsages usages;

    public BrowseSegmentLibraryService(Segments segments, SegmentUsages usages) {
        this.segments = segments;
        this.usages = usages;
    }

    @Override
    public List<LibraryEntry> search(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Map<Long, SegmentUsage> used = usages.all();
        return segments.newestFirst().stream()
                .map(s -> entry(s, used))
                .filter(e -> needle.isEmpty() || matches(e, needle))
                .toList();
    }

    @Override
    public LibraryEntry entry(long id) {
        return entry(segments.withId(id).orElseThrow(() -> new SegmentNotFoundException(id)), usages.all());
    }

    private static LibraryEntry entry(Segment segment, Map<Long, SegmentUsage> used) {
        SegmentUsage usage = used.getOrDefault(segment.id(), UNUSED);
        return new LibraryEntry(segment, RuleDescription.describe(segment.rule()), usage.campaigns(), usage.lastUsedAt(),
                usage.latestCampaign(), usage.scheduled());
    }

    private static boolean matches(LibraryEntry entry, String needle) {
        return contains(entry.segment().name(), needle) || contains(entry.segment().description(), needle)
                || contains(entry.ruleText(), needle);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
