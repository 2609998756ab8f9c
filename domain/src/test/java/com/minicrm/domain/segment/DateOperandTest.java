package com.minicrm.domain.segment;

import static com.minicrm.domain.segment.Trees.cond;
import static com.minicrm.domain.segment.Trees.group;
import static com.minicrm.domain.segment.Trees.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Date fields take plain dates and ISO-8601 instants alike; an instant stands for its UTC calendar day. */
class DateOperandTest {
    private static final Instant AS_OF = Instant.parse("2025-06-15T12:00:00Z");

    @Test
    void readsAnInstantAsItsUtcCalendarDay() {
        assertThat(single("2025-01-01T00:00:00Z")).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(single("2025-01-01T23:59:59.999999Z")).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(single("2025-01-01T03:00:00+05:30")).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(single("2025-01-01T23:30:00-02:00")).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(single(" 2025-01-01t10:00:00z ")).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void givesTheSameRuleForAnInstantAsForItsDate() {
        Rule fromInstants = RuleParser.parse(group("and",
                cond("signup_at", "=", "2025-01-01T00:00:00Z"),
                cond("last_order_at", "between", list("2025-02-01T08:00:00Z", "2025-02-28T23:00:00Z")),
                cond("first_order_at", "notBetween", "2024-01-01T00:00:00Z, 2024-12-31T00:00:00Z")));
        Rule fromDates = RuleParser.parse(group("and",
                cond("signup_at", "=", "2025-01-01"),
                cond("last_order_at", "between", list("2025-02-01", "2025-02-28")),
                cond("first_order_at", "notBetween", "2024-01-01, 2024-12-31")));

        assertThat(fromInstants).isEqualTo(fromDates);
    }

    @Test
    void keepsEqualsAndBetweenMeaningWholeDaysWhenGivenInstants() {
        CustomerProfile eveningSignup = signedUpAt("2025-01-01T21:45:00Z");
        CustomerProfile nextMorning = signedUpAt("2025-01-02T00:00:00Z");
        Rule onNewYear = rule(cond("signup_at", "=", "2025-01-01T00:00:00Z"));
        Rule withinNewYearsDay = rule(cond("signup_at", "between", list("2025-01-01T09:00:00Z", "2025-01-01T10:00:00Z")));

        assertThat(RuleEvaluator.matches(onNewYear, eveningSignup, AS_OF)).isTrue();
        assertThat(RuleEvaluator.matches(onNewYear, nextMorning, AS_OF)).isFalse();
        assertThat(RuleEvaluator.matches(withinNewYearsDay, eveningSignup, AS_OF)).isTrue();
        assertThat(RuleEvaluator.matches(withinNewYearsDay, nextMorning, AS_OF)).isFalse();
    }

    @Test
    void rejectsALocalDateTimeWithoutAnOffsetAndSaysWhichFormsAreAccepted() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> RuleParser.parse(group("and", cond("signup_at", "=", "2025-01-01T00:00:00"),
                        cond("signup_at", "<", "2025-13-01T00:00:00Z"), cond("signup_at", ">", "0001-01-01T00:00:00Z"))));

        assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("rules[0].value", "rules[1].value", "rules[2].value");
        assertThat(e.violations().get(0).message()).contains("yyyy-mm-dd").contains("2025-01-01T00:00:00Z");
        assertThat(e.violations().get(2).message()).contains("between 1900-01-01");
    }

    private static Object single(String value) {
        return ((Condition) ((Group) rule(cond("signup_at", "=", value))).rules().get(0)).single();
    }

    private static Rule rule(Object condition) {
        return RuleParser.parse(group("and", condition));
    }

    private static CustomerProfile signedUpAt(String instant) {
        Instant at = Instant.parse(instant);
        return new CustomerProfile(3, "c-3", "Ravi", null, null, null, at, List.of(), null, BigDecimal.ZERO, 0,
                BigDecimal.ZERO, null, null, false, at);
    }
}
