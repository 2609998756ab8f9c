package com.minicrm.adapter.out.persistence.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSqlCompilerTest {
    private static final Instant AS_OF = Instant.parse("2025-06-15T12:00:00Z");

    @Test
    void compilesTheSeedRuleIntoPlaceholdersWithCutoffsComputedInJava() {
        Rule seed = Rule.or(
                Rule.and(new Condition(Field.TOTAL_SPEND, Operator.GREATER, new BigDecimal("10000")),
                        new Condition(Field.VISITS, Operator.LESS, 3L)),
                new Condition(Field.INACTIVE_DAYS, Operator.GREATER_OR_EQUAL, 90L));

        SqlPredicate predicate = RuleSqlCompiler.compile(seed, AS_OF);

        assertThat(predicate.sql()).isEqualTo("((c.total_spend > ? AND c.visits < ?) OR c.last_active_at <= ?)");
        assertThat(predicate.binds()).containsExactly(new BigDecimal("10000"), 3L, LocalDateTime.parse("2025-03-17T12:00:00"));
    }

    @Test
    void neverPutsAValueIntoTheSqlText() {
        String attack = "x' OR '1'='1'; DROP TABLE customer; --";
        Rule rule = Rule.or(new Condition(Field.CITY, Operator.EQUAL, attack), new Condition(Field.NAME, Operator.CONTAINS, attack),
                new Condition(Field.TAGS, Operator.CONTAINS, attack));

        SqlPredicate predicate = RuleSqlCompiler.compile(rule, AS_OF);

        assertThat(predicate.sql()).doesNotContain("DROP").doesNotContain("'1'");
        assertThat(predicate.binds()).containsExactly(attack, "%" + attack + "%", attack);
    }

    @Test
    void escapesLikeWildcardsSoTheyMatchThemselves() {
        SqlPredicate predicate = RuleSqlCompiler.compile(
                Rule.and(new Condition(Field.EMAIL, Operator.BEGINS_WITH, "100%_sure!")), AS_OF);

        assertThat(predicate.sql()).isEqualTo("(c.email LIKE ? ESCAPE '!')");
        assertThat(predicate.binds()).containsExactly("100!%!_sure!!%");
    }

    @Test
    void pushesNotDownToConditionsSoMissingValuesMatchTheNegation() {
        Rule rule = Rule.and(new Condition(Field.CITY, Operator.NOT_EQUAL, "Pune"),
                Rule.not(Rule.and(new Condition(Field.CITY, Operator.EQUAL, "Pune"), new Condition(Field.VISITS, Operator.LESS, 3L),
                        new Condition(Field.INACTIVE_DAYS, Operator.GREATER_OR_EQUAL, 90L))));

        assertThat(RuleSqlCompiler.compile(rule, AS_OF).sql())
                .isEqualTo("(c.city <> ? AND ((c.city IS NULL OR c.city <> ?) OR c.visits >= ? OR c.last_active_at > ?))");
    }

    @Test
    void turnsDatesIntoHalfOpenUtcRangesWithoutFunctionsOnColumns() {
        SqlPredicate predicate = RuleSqlCompiler.compile(Rule.and(new Condition(Field.LAST_ORDER_AT, Operator.BETWEEN,
                List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)))), AS_OF);

        assertThat(predicate.sql()).isEqualTo("((c.last_order_at >= ? AND c.last_order_at < ?))");
        assertThat(predicate.binds()).containsExactly(LocalDateTime.parse("2024-01-01T00:00"), LocalDateTime.parse("2024-02-01T00:00"));
    }

    @Test
    void writesEmptyGroupsAsTheirIdentity() {
        assertThat(RuleSqlCompiler.compile(Rule.and(), AS_OF).sql()).isEqualTo("TRUE");
        assertThat(RuleSqlCompiler.compile(Rule.or(), AS_OF).sql()).isEqualTo("FALSE");
        assertThat(RuleSqlCompiler.compile(Rule.not(Rule.or()), AS_OF).sql()).isEqualTo("TRUE");
    }

    @Test
    void asksForTagsThroughExistsOnTheTagTable() {
        SqlPredicate predicate = RuleSqlCompiler.compile(Rule.and(new Condition(Field.TAGS, Operator.NOT_IN, List.of("vip", "new"))), AS_OF);

        assertThat(predicate.sql()).isEqualTo(
                "(NOT EXISTS (SELECT 1 FROM customer_tag t WHERE t.customer_id = c.id AND t.tag IN (?, ?)))");
    }
}
