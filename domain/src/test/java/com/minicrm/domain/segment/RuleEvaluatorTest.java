package com.minicrm.domain.segment;

import static com.minicrm.domain.segment.Trees.cond;
import static com.minicrm.domain.segment.Trees.group;
import static com.minicrm.domain.segment.Trees.list;
import static com.minicrm.domain.segment.Trees.notGroup;
import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.domain.customer.CustomerProfile;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleEvaluatorTest {
    private static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");
    private final RuleEvaluator evaluator = new RuleEvaluator(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void matchesTheSeedRuleForBigSpendersWithFewVisitsOrLongInactiveCustomers() {
        Rule seed = RuleParser.parse(Trees.seed());

        assertThat(evaluator.matches(seed, customer("15000", 2, NOW.minus(Duration.ofDays(5)), "Pune"))).isTrue();
        assertThat(evaluator.matches(seed, customer("15000", 3, NOW.minus(Duration.ofDays(5)), "Pune"))).isFalse();
        assertThat(evaluator.matches(seed, customer("100", 9, NOW.minus(Duration.ofDays(90)), "Pune"))).isTrue();
    }

    @Test
    void countsInactiveDaysInWholeDaysRoundedDown() {
        Rule atLeast90 = rule(cond("inactive_days", ">=", 90));
        Instant justUnder = NOW.minus(Duration.ofDays(90)).plusNanos(1_000);

        assertThat(evaluator.matches(atLeast90, customer("0", 1, justUnder, null))).isFalse();
        assertThat(evaluator.matches(rule(cond("inactive_days", "=", 89)), customer("0", 1, justUnder, null))).isTrue();
    }

    @Test
    void measuresInactivityFromSignupWhenTheCustomerNeverOrdered() {
        CustomerProfile neverOrdered = profile(null, NOW.minus(Duration.ofDays(100)), "0", 0, List.of());

        assertThat(evaluator.matches(rule(cond("inactive_days", "between", list(100, 100))), neverOrdered)).isTrue();
    }

    @Test
    void treatsAMissingValueAsNeverMatchingAComparison() {
        CustomerProfile noCity = customer("10", 1, NOW, null);

        assertThat(evaluator.matches(rule(cond("city", "!=", "Pune")), noCity)).isFalse();
        assertThat(evaluator.matches(rule(cond("city", "notIn", list("Pune"))), noCity)).isFalse();
        assertThat(evaluator.matches(rule(cond("city", "doesNotContain", "x")), noCity)).isFalse();
        assertThat(evaluator.matches(rule(cond("city", "null", null)), noCity)).isTrue();
        assertThat(evaluator.matches(rule(cond("last_order_at", "notBetween", list("2020-01-01", "2020-02-01"))),
                profile(null, NOW, "0", 0, List.of()))).isFalse();
    }

    @Test
    void negatesAGroupAsAPlainBoolean() {
        CustomerProfile noCity = customer("10", 1, NOW, null);

        assertThat(evaluator.matches(RuleParser.parse(notGroup("and", cond("city", "=", "Pune"))), noCity)).isTrue();
    }

    @Test
    void comparesTextIgnoringCaseAndTrailingSpaces() {
        CustomerProfile pune = customer("10", 1, NOW, "Pune ");

        assertThat(evaluator.matches(rule(cond("city", "=", "PUNE")), pune)).isTrue();
        assertThat(evaluator.matches(rule(cond("city", "endsWith", "une")), pune)).isFalse();
        assertThat(evaluator.matches(rule(cond("city", "beginsWith", "pu")), pune)).isTrue();
        assertThat(evaluator.matches(rule(cond("city", "contains", "UN")), pune)).isTrue();
    }

    @Test
    void comparesDatesByTheirUtcCalendarDay() {
        CustomerProfile lateOnFirstMay = customer("10", 1, Instant.parse("2024-05-01T23:59:59Z"), null);

        assertThat(evaluator.matches(rule(cond("last_order_at", "=", "2024-05-01")), lateOnFirstMay)).isTrue();
        assertThat(evaluator.matches(rule(cond("last_order_at", ">", "2024-05-01")), lateOnFirstMay)).isFalse();
        assertThat(evaluator.matches(rule(cond("last_order_at", "<=", "2024-05-01")), lateOnFirstMay)).isTrue();
    }

    @Test
    void includesBothBoundsOfBetween() {
        assertThat(evaluator.matches(rule(cond("total_spend", "between", list(100, 200))), customer("200.00", 1, NOW, null))).isTrue();
        assertThat(evaluator.matches(rule(cond("total_spend", "between", list(100, 200))), customer("200.01", 1, NOW, null))).isFalse();
        assertThat(evaluator.matches(rule(cond("total_spend", "notBetween", list(100, 200))), customer("100", 1, NOW, null))).isFalse();
    }

    @Test
    void matchesTagsAsASet() {
        CustomerProfile vip = profile(NOW, NOW, "0", 1, List.of("VIP", "new"));

        assertThat(evaluator.matches(rule(cond("tags", "contains", "vip")), vip)).isTrue();
        assertThat(evaluator.matches(rule(cond("tags", "doesNotContain", "vip")), vip)).isFalse();
        assertThat(evaluator.matches(rule(cond("tags", "in", list("old", "new"))), vip)).isTrue();
        assertThat(evaluator.matches(rule(cond("tags", "notIn", list("old", "gold"))), vip)).isTrue();
    }

    @Test
    void treatsAnEmptyAndAsTrueAndAnEmptyOrAsFalse() {
        CustomerProfile anyone = customer("0", 0, NOW, null);

        assertThat(evaluator.matches(Rule.and(), anyone)).isTrue();
        assertThat(evaluator.matches(Rule.or(), anyone)).isFalse();
        assertThat(evaluator.matches(Rule.not(Rule.or()), anyone)).isTrue();
    }

    private static Rule rule(Object condition) {
        return RuleParser.parse(group("and", condition));
    }

    private static CustomerProfile customer(String spend, int visits, Instant lastOrderAt, String city) {
        return new CustomerProfile(1, "c-1", "Asha", "asha@example.com", null, city, NOW.minus(Duration.ofDays(400)),
                List.of(), null, new BigDecimal(spend), visits, BigDecimal.ZERO, lastOrderAt, lastOrderAt, false,
                NOW.minus(Duration.ofDays(400)));
    }

    private static CustomerProfile profile(Instant lastOrderAt, Instant signupAt, String spend, int visits, List<String> tags) {
        return new CustomerProfile(2, "c-2", null, null, null, null, signupAt, tags, null, new BigDecimal(spend), visits,
                BigDecimal.ZERO, lastOrderAt, lastOrderAt, false, NOW.minus(Duration.ofDays(500)));
    }
}
