package com.minicrm.application.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.domain.customer.OrderDraft;
import com.minicrm.domain.validation.Violations;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final DemoDataGenerator generator = new DemoDataGenerator(7, NOW);

    private List<DemoDataGenerator.DemoCustomer> customers(int n) {
        List<DemoDataGenerator.DemoCustomer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(generator.customer(i));
        }
        return all;
    }

    @Test
    void everyCustomerAndOrderPassesTheIngestionRules() {
        Violations violations = new Violations();
        for (DemoDataGenerator.DemoCustomer c : customers(2_000)) {
            c.customer().validate("", violations);
            c.orders().forEach(o -> o.validate("", violations));
        }
        assertThat(violations.asList()).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameDataAndIdsNeverRepeat() {
        assertThat(new DemoDataGenerator(7, NOW).customer(42)).isEqualTo(generator.customer(42));
        Set<String> ids = new HashSet<>();
        for (DemoDataGenerator.DemoCustomer c : customers(2_000)) {
            assertThat(ids.add(c.customer().externalId())).isTrue();
            c.orders().forEach(o -> assertThat(ids.add(o.externalId())).isTrue());
        }
    }

    @Test
    void ordersFollowTheWeekAndDayShapeAndRecencyIsSpread() {
        List<OrderDraft> orders = customers(3_000).stream().flatMap(c -> c.orders().stream()).toList();
        long weekend = orders.stream().map(o -> ZonedDateTime.ofInstant(o.orderedAt(), DemoDataGenerator.INDIA))
                .filter(t -> t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY).count();
        long evening = orders.stream().map(o -> ZonedDateTime.ofInstant(o.orderedAt(), DemoDataGenerator.INDIA).getHour())
                .filter(h -> h >= 19 && h <= 21).count();
        long night = orders.stream().map(o -> ZonedDateTime.ofInstant(o.orderedAt(), DemoDataGenerator.INDIA).getHour())
                .filter(h -> h >= 1 && h <= 3).count();
        // Two of seven days carry 38% of the weight; an even spread would give 29%.
        assertThat((double) weekend / orders.size()).isBetween(0.33, 0.43);
        assertThat(evening).isGreaterThan(night * 8);
        assertThat(orders).allSatisfy(o -> assertThat(o.orderedAt()).isBefore(NOW.plus(Duration.ofDays(1))));

        List<Long> daysSinceLastOrder = customers(3_000).stream().filter(c -> !c.orders().isEmpty())
                .map(c -> Duration.between(c.orders().get(0).orderedAt(), NOW).toDays()).toList();
        assertThat(daysSinceLastOrder.stream().filter(d -> d < 30).count()).isGreaterThan(300);
        assertThat(daysSinceLastOrder.stream().filter(d -> d > 180).count()).isGreaterThan(300);
        assertThat(customers(3_000).stream().filter(c -> c.orders().isEmpty()).count()).isBetween(200L, 400L);
    }
}
