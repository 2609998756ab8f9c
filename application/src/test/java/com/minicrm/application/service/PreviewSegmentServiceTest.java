package com.minicrm.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.in.SegmentPreview;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.segment.AudienceMember;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewSegmentServiceTest {
    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123456789Z");
    private final EvaluatingAudienceQuery audience = new EvaluatingAudienceQuery();
    private final PreviewSegmentService service = new PreviewSegmentService(audience, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void givenMoreMatchesThanTheSampleHolds_whenPreviewing_thenCountsAllAndSamplesTen() {
        for (int i = 1; i <= 25; i++) {
            audience.customers.add(customer(i, i % 2 == 0 ? 5000 : 50, NOW.minus(Duration.ofDays(i))));
        }

        SegmentPreview preview = service.preview(Rule.and(new Condition(Field.TOTAL_SPEND, Operator.GREATER, new BigDecimal("1000"))));

        assertThat(preview.audienceSize()).isEqualTo(12);
        assertThat(preview.sample()).hasSize(10).extracting(AudienceMember::id).allMatch(id -> id % 2 == 0);
        assertThat(preview.description()).isEqualTo("Total spend > ₹1,000");
    }

    @Test
    void measuresRelativeFieldsFromTheClockAtDatabasePrecision() {
        Instant asOf = Instant.parse("2025-03-01T10:15:30.123456Z");
        audience.customers.add(customer(1, 0, asOf.minus(Duration.ofDays(30))));
        audience.customers.add(customer(2, 0, asOf.minus(Duration.ofDays(30)).plusNanos(1_000)));

        SegmentPreview preview = service.preview(Rule.and(new Condition(Field.INACTIVE_DAYS, Operator.GREATER_OR_EQUAL, 30L)));

        assertThat(audience.lastAsOf).isEqualTo(asOf);
        assertThat(preview.sample()).extracting(AudienceMember::id).containsExactly(1L);
    }

    @Test
    void givenNoMatches_whenPreviewing_thenReportsAnEmptyAudience() {
        audience.customers.add(customer(1, 10, NOW));

        SegmentPreview preview = service.preview(Rule.or());

        assertThat(preview.audienceSize()).isZero();
        assertThat(preview.sample()).isEmpty();
        assertThat(preview.description()).isEqualTo("no one");
    }

    private static CustomerProfile customer(long id, int spend, Instant lastOrderAt) {
        return new CustomerProfile(id, "c-" + id, "Customer " + id, null, null, "Pune", null, List.of(), null,
                BigDecimal.valueOf(spend), 1, BigDecimal.valueOf(spend), lastOrderAt, lastOrderAt, false, lastOrderAt);
    }
}
