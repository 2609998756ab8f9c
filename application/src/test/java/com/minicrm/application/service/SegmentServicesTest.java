package com.minicrm.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import com.minicrm.domain.segment.Segment;
import com.minicrm.domain.segment.SegmentDefinition;
import com.minicrm.domain.segment.SegmentInUseException;
import com.minicrm.domain.segment.SegmentNotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SegmentServicesTest {
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private final MutableClock clock = new MutableClock(START);
    private final InMemorySegments segments = new InMemorySegments();
    private final CreateSegmentService create = new CreateSegmentService(segments, clock);
    private final UpdateSegmentService update = new UpdateSegmentService(segments, clock);
    private final DeleteSegmentService delete = new DeleteSegmentService(segments);
    private final FindSegmentsService find = new FindSegmentsService(segments);

    @Test
    void createsASegmentStampedWithTheClock() {
        Segment created = create.create(definition("Lapsed"), "asha@example.com");

        assertThat(find.byId(created.id())).isEqualTo(created);
        assertThat(created.createdAt()).isEqualTo(START);
    }

    @Test
    void listsTheNewestSegmentFirst() {
        create.create(definition("First"), "asha@example.com");
        clock.advance(Duration.ofMinutes(1));
        create.create(definition("Second"), "asha@example.com");

        assertThat(find.newestFirst()).extracting(Segment::name).containsExactly("Second", "First");
    }

    @Test
    void updateReplacesTheDefinitionButKeepsTheCreationTime() {
        Segment created = create.create(definition("Old"), "asha@example.com");
        clock.advance(Duration.ofMinutes(1));

        Segment updated = update.update(created.id(), definition("New"));

        assertThat(updated.name()).isEqualTo("New");
        assertThat(updated.createdAt()).isEqualTo(START);
        assertThat(updated.updatedAt()).isAfter(START);
    }

    @Test
    void givenNoSuchSegment_whenReadingUpdatingOrDeleting_thenSaysNotFound() {
        assertThatThrownBy(() -> find.byId(42)).isInstanceOf(SegmentNotFoundException.class);
        assertThatThrownBy(() -> update.update(42, definition("x"))).isInstanceOf(SegmentNotFoundException.class);
        assertThatThrownBy(() -> delete.delete(42)).isInstanceOf(SegmentNotFoundException.class);
    }

    @Test
    void givenACampaignUsesTheSegment_whenDeleting_thenRefusesAndKeepsIt() {
        Segment created = create.create(definition("Used"), "asha@example.com");
        segments.usedByCampaigns.add(created.id());

        assertThatThrownBy(() -> delete.delete(created.id())).isInstanceOf(SegmentInUseException.class);
        assertThat(find.byId(created.id())).isEqualTo(created);
    }

    @Test
    void deletesAnUnusedSegment() {
        Segment created = create.create(definition("Unused"), "asha@example.com");

        delete.delete(created.id());

        assertThat(find.newestFirst()).isEmpty();
    }

    private static SegmentDefinition definition(String name) {
        return new SegmentDefinition(name, null, Rule.and(new Condition(Field.VISITS, Operator.GREATER, 1L)));
    }
}
