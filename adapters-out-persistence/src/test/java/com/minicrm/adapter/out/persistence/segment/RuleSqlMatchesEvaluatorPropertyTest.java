package com.minicrm.adapter.out.persistence.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.segment.Combinator;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.FieldType;
import com.minicrm.domain.segment.Group;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import com.minicrm.domain.segment.RuleDescription;
import com.minicrm.domain.segment.RuleEvaluator;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * For random valid rules over random customers, MariaDB selects exactly the customers the domain
 * evaluator picks. Values cluster around boundaries (between bounds, day cutoffs to the
 * microsecond, trailing spaces, case) and include missing values and SQL-injection text.
 */
class RuleSqlMatchesEvaluatorPropertyTest {
    private static final Instant AS_OF = Instant.parse("2025-06-15T12:00:00.123456Z");
    private static final List<Long> DAYS = List.of(0L, 1L, 7L, 30L, 89L, 90L, 91L, 400L);
    private static final List<String> TEXTS = List.of("Pune", "pune", "PUNE ", "Navi Mumbai", "mumbai", "bai", "a",
            "asha@gmail.com", "@gmail.com", "x' OR '1'='1", "100%", "_", "!", "Robert'); DROP TABLE customer;--");
    private static final List<String> TAGS = List.of("vip", "new", "churn-risk", "o'reilly", "gold");
    private static final List<String> MONEY = List.of("0", "50", "99.99", "100", "100.01", "500", "2500.50", "10000");

    private static Connection connection;

    @BeforeContainer
    static void connect() throws SQLException {
        connection = TestDatabase.connect();
    }

    @AfterContainer
    static void disconnect() throws SQLException {
        CustomerRows.deleteAll(connection);
        connection.close();
    }

    @Property(tries = 400)
    void sqlSelectsExactlyWhatTheEvaluatorMatches(@ForAll("rules") Rule rule, @ForAll("customers") List<CustomerProfile> customers)
            throws SQLException {
        CustomerRows.deleteAll(connection);
        List<CustomerProfile> stored = CustomerRows.insert(connection, customers);

        Set<Long> selected = CustomerRows.select(connection, RuleSqlCompiler.compile(rule, AS_OF));

        Set<Long> expected = stored.stream().filter(c -> RuleEvaluator.matches(rule, c, AS_OF))
                .map(CustomerProfile::id).collect(Collectors.toSet());
        Statistics.label("audience").collect(expected.isEmpty() ? "none" : expected.size() == stored.size() ? "all" : "some");
        assertThat(selected).as(RuleDescription.describe(rule)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Rule> rules() {
        return group(3).map(Rule.class::cast);
    }

    private Arbitrary<Group> group(int depth) {
        Arbitrary<Rule> child = depth == 0 ? condition().map(Rule.class::cast)
                : Arbitraries.frequencyOf(Tuple.of(6, condition().map(Rule.class::cast)),
                        Tuple.of(2, Arbitraries.lazy(() -> group(depth - 1)).map(Rule.class::cast)),
                        Tuple.of(1, emptyGroup()));
        return Combinators.combine(Arbitraries.of(Combinator.class), Arbitraries.of(true, false, false),
                        child.list().ofMinSize(1).ofMaxSize(4))
                .as(Group::new);
    }

    /** Valid input never has one, but the semantics must still hold: empty AND is true, empty OR false. */
    private Arbitrary<Rule> emptyGroup() {
        return Combinators.combine(Arbitraries.of(Combinator.class), Arbitraries.of(true, false))
                .as((combinator, not) -> new Group(combinator, not, List.of()));
    }

    private Arbitrary<Condition> condition() {
        return Arbitraries.of(Field.class).flatMap(field ->
                Arbitraries.of(field.type().operators().stream().sorted().toList()).flatMap(operator ->
                        operands(field.type(), operator).map(value -> new Condition(field, operator, value))));
    }

    private Arbitrary<Object> operands(FieldType type, Operator operator) {
        Arbitrary<Object> one = operand(type);
        return switch (operator.arity()) {
            case NONE -> Arbitraries.just(null);
            case ONE -> one;
            case RANGE -> one.list().ofSize(2).map(RuleSqlMatchesEvaluatorPropertyTest::ordered);
            case LIST -> one.list().ofMinSize(1).ofMaxSize(3).map(Object.class::cast);
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object ordered(List<Object> bounds) {
        return ((Comparable) bounds.get(0)).compareTo(bounds.get(1)) <= 0 ? bounds : List.of(bounds.get(1), bounds.get(0));
    }

    private Arbitrary<Object> operand(FieldType type) {
        return switch (type) {
            case MONEY -> Arbitraries.of(MONEY).map(BigDecimal::new);
            case COUNT -> Arbitraries.longs().between(0, 5).map(Object.class::cast);
            case DAYS -> Arbitraries.of(DAYS).map(Object.class::cast);
            case DATE -> Combinators.combine(Arbitraries.of(DAYS), Arbitraries.integers().between(-1, 1))
                    .as((days, shift) -> (Object) LocalDate.ofInstant(AS_OF.minus(Duration.ofDays(days)), ZoneOffset.UTC).plusDays(shift));
            case TEXT -> Arbitraries.of(TEXTS).map(Object.class::cast);
            case TAGS -> Arbitraries.of(TAGS).map(Object.class::cast);
        };
    }

    @Provide
    Arbitrary<List<CustomerProfile>> customers() {
        return customer().list().ofMinSize(1).ofMaxSize(20);
    }

    private Arbitrary<CustomerProfile> customer() {
        Arbitrary<Instant> lastOrder = moment().injectNull(0.25);
        Arbitrary<List<String>> tags = Arbitraries.of(TAGS).set().ofMaxSize(3).map(List::copyOf);
        Arbitrary<String> text = Arbitraries.of(TEXTS).injectNull(0.25);
        return Combinators.combine(lastOrder, moment().injectNull(0.3), moment(), Arbitraries.of(MONEY),
                        Arbitraries.integers().between(1, 5), text, text, text)
                .flatAs((last, signup, created, spend, visits, city, email, name) -> tags.map(t -> new CustomerProfile(
                        0, null, name, email, null, city, signup, t, null,
                        last == null ? BigDecimal.ZERO : new BigDecimal(spend), last == null ? 0 : visits,
                        last == null ? BigDecimal.ZERO : new BigDecimal(spend).divide(BigDecimal.valueOf(visits), 2, java.math.RoundingMode.HALF_UP),
                        last == null ? null : last.minus(Duration.ofDays(visits * 10L)), last, false, created)));
    }

    /** Instants right on, just before and just after the day cutoffs of {@link #DAYS}. */
    private Arbitrary<Instant> moment() {
        return Combinators.combine(Arbitraries.of(DAYS), Arbitraries.of(-1L, 0L, 1L, -3_600_000_000L, 3_600_000_000L))
                .as((days, micros) -> AS_OF.minus(Duration.ofDays(days)).plus(Duration.ofNanos(micros * 1_000)));
    }
}
