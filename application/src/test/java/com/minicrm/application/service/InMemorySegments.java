package com.minicrm.application.service;

import com.minicrm.application.port.out.Segments;
import com.minicrm.domain.segment.Segment;
import com.minicrm.domain.segment.SegmentDefinition;
import com.minicrm.domain.segment.SegmentInUseException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Segments kept in a map; ids listed in {@code usedByCampaigns} refuse deletion like the FK does. */
final class InMemorySegments implements Segments {
    final Set<Long> usedByCampaigns = new HashSet<>();
    private final Map<Long, Segment> byId = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public Segment add(SegmentDefinition definition, String createdBy, Instant now) {
        Segment segment = new Segment(nextId++, definition, createdBy, now, now);
        byId.put(segment.id(), segment);
        return segment;
    }

    @Override
    public Optional<Segment> withId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Segment> newestFirst() {
        return byId.values().stream()
                .sorted(Comparator.comparing(Segment::createdAt).thenComparing(Segment::id).reversed())
                .toList();
    }

    @Override
    public Optional<Segment> redefine(long id, SegmentDefinition definition, Instant now) {
        return withId(id).map(s -> s.redefine(definition, now)).map(s -> {
            byId.put(id, s);
            return s;
        });
    }

    @Override
    public boolean remove(long id) {
        if (usedByCampaigns.contains(id)) {
            throw new SegmentInUseException(id);
        }
        return byId.remove(id) != null;
    }
}
