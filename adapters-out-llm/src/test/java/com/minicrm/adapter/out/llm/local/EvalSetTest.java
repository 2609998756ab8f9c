package com.minicrm.adapter.out.llm.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.application.port.out.ai.Vocabulary;
import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.segment.Condition;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.Operator;
import com.minicrm.domain.segment.Rule;
import com.minicrm.domain.segment.RuleDescription;
import com.minicrm.domain.segment.RuleEvaluator;
import com.minicrm.domain.segment.RuleParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine alone over the evaluation sets, judged in memory by the audience each rule selects on
 * {@link EvalProfiles}: the fast loop beside bootstrap's NlSegmentAccuracyTest, which judges
 * through REST and SQL. Prints every miss and the median and p95 time of an answer.
 */
class EvalSetTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EVAL = Path.of("..", "bootstrap", "src", "test", "resources", "eval");

    /** The four development sets at 95%, or the set named with {@code -Dcrm.eval.file} (a path, or "/eval/name") at 90%. */
    static Stream<Arguments> sets() {
        String override = System.getProperty("crm.eval.file");
        if (override != null && !override.isBlank()) {
            Path path = override.startsWith("/eval/") ? EVAL.resolve(override.substring("/eval/".length())) : Path.of(override);
            return Stream.of(Arguments.of(path, 0.90));
        }
        return Stream.of(Arguments.of(EVAL.resolve("nl-segments-dev.jsonl"), 0.95),
                Arguments.of(EVAL.resolve("nl-segments-new-dev.jsonl"), 0.95),
                Arguments.of(EVAL.resolve("nl-segments-dev2.jsonl"), 0.95),
                Arguments.of(EVAL.resolve("nl-segments-dev3.jsonl"), 0.95));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theEngineSelectsTheExpectedAudience(Path path, double bar) throws IOException {
        List<Map<?, ?>> lines = new ArrayList<>();
        for (String raw : Files.readAllLines(path)) {
            if (!raw.isBlank()) {
                lines.add(JSON.readValue(raw, Map.class));
            }
        }
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Rule> expected = lines.stream().map(l -> RuleParser.parse(datesOnly(l.get("rule")))).toList();
        EvalProfiles profiles = new EvalProfiles(values(expected, Field.CITY), values(expected, Field.TAGS),
                exact(expected, Field.NAME), exact(expected, Field.EMAIL), now);
        Vocabulary vocabulary = profiles.vocabulary();
        int right = 0;
        long[] nanos = new long[lines.size()];
        StringBuilder report = new StringBuilder("\n==== " + path.getFileName() + " (" + lines.size() + " lines) ====\n");
        for (int i = 0; i < lines.size(); i++) {
            String text = String.valueOf(lines.get(i).get("text"));
            long start = System.nanoTime();
            TextToRule.Reading reading = TextToRule.read(text, vocabulary, today);
            nanos[i] = System.nanoTime() - start;
            String verdict;
            if (reading.rule().isEmpty()) {
                verdict = "MISS  not understood " + reading.unrecognized();
            } else {
                boolean same = profiles.sameAudience(reading.rule().get(), expected.get(i));
                right += same ? 1 : 0;
                verdict = (same ? "OK    " : "WRONG ") + RuleDescription.describe(reading.rule().get());
            }
            if (!verdict.startsWith("OK")) {
                report.append(String.format("%-6s %s%n       %s%n       expected %s%n", lines.get(i).get("id"), text, verdict,
                        RuleDescription.describe(expected.get(i))));
            }
        }
        Arrays.sort(nanos);
        double accuracy = (double) right / lines.size();
        report.append(String.format("ACCURACY %d/%d = %.1f%%, latency median %.2f ms, p95 %.2f ms%n", right, lines.size(),
                accuracy * 100, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6));
        System.out.println(report);
        assertThat(accuracy).as(report.toString()).isGreaterThanOrEqualTo(bar);
    }

    /** Some sets write date thresholds as instants at midnight UTC; the rule language compares calendar dates. */
    private static Object datesOnly(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, datesOnly(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(EvalSetTest::datesOnly).toList();
        }
        return node instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}T.*") ? s.substring(0, 10) : node;
    }

    private static Set<String> values(List<Rule> rules, Field field) {
        Set<String> found = new LinkedHashSet<>();
        rules.forEach(rule -> conditions(rule).stream().filter(c -> c.field() == field)
                .forEach(c -> c.operands().forEach(o -> found.add(o.toString()))));
        return found;
    }

    private static Set<String> exact(List<Rule> rules, Field field) {
        Set<String> found = new LinkedHashSet<>();
        rules.forEach(rule -> conditions(rule).stream().filter(c -> c.field() == field && Set.of(Operator.EQUAL,
                Operator.NOT_EQUAL, Operator.IN, Operator.NOT_IN).contains(c.operator()))
                .forEach(c -> c.operands().forEach(o -> found.add(o.toString()))));
        return found;
    }

    static List<Condition> conditions(Rule rule) {
        List<Condition> all = new ArrayList<>();
        rule.fold(group -> {
            group.rules().forEach(r -> all.addAll(conditions(r)));
            return null;
        }, all::add);
        return all;
    }

    static boolean matches(Rule rule, CustomerProfile customer, Instant asOf) {
        return RuleEvaluator.matches(rule, customer, asOf);
    }
}
