package com.minicrm.domain.segment;

import static com.minicrm.domain.segment.Trees.cond;
import static com.minicrm.domain.segment.Trees.group;
import static com.minicrm.domain.segment.Trees.list;
import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.domain.validation.Violation;
import com.minicrm.domain.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleParserTest {

    @Test
    void parsesTheSeedExampleIntoNestedGroupsAndTypedConditions() {
        Rule rule = RuleParser.parse(Trees.seed());

        assertThat(rule).isEqualTo(Rule.or(
                Rule.and(new Condition(Field.TOTAL_SPEND, Operator.GREATER, new BigDecimal("10000")),
                        new Condition(Field.VISITS, Operator.LESS, 3L)),
                new Condition(Field.INACTIVE_DAYS, Operator.GREATER_OR_EQUAL, 90L)));
    }

    @Test
    void anUnknownKeyInAConditionOrGroupIsRefusedByPathRatherThanIgnored() {
        Map<String, Object> fieldReference = new java.util.HashMap<>(cond("city", "=", "email"));
        fieldReference.put("valueSource", "field");
        Map<String, Object> negatedCondition = new java.util.HashMap<>(cond("visits", ">", 3));
        negatedCondition.put("not", true);
        Map<String, Object> group = new java.util.HashMap<>(group("and", fieldReference, negatedCondition));
        group.put("combinatorr", "or");

        Violations violations = new Violations();
        assertThat(RuleParser.parseInto(group, "rule", violations)).isEmpty();

        assertThat(violations.asList()).extracting(Violation::field)
                .containsExactly("rule.combinatorr");
        Violations inner = new Violations();
        RuleParser.parseInto(group("and", fieldReference, negatedCondition), "rule", inner);
        assertThat(inner.asList()).extracting(Violation::field)
                .containsExactly("rule.rules[0].valueSource", "rule.rules[1].not");
    }

    @Test
    void theKeysTheBuilderSendsAndNodeIdsAreAccepted() {
        Map<String, Object> condition = new java.util.HashMap<>(cond("city", "=", "Pune"));
        condition.put("id", "r-1");
        Map<String, Object> group = new java.util.HashMap<>(Trees.notGroup("and", condition));
        group.put("id", "g-1");

        Group rule = (Group) RuleParser.parse(group);

        assertThat(rule.not()).isTrue();
        assertThat(rule.rules()).extracting(r -> ((Condition) r).field()).containsExactly(Field.CITY);
    }

    @Test
    void readsNotAsANegatedGroup() {
        Group rule = (Group) RuleParser.parse(Trees.notGroup("and", cond("city", "=", "Pune")));

        assertThat(rule.not()).isTrue();
    }

    @Test
    void acceptsNumbersSentAsTextBecauseRuleBuilderInputsProduceText() {
        Condition rule = only(RuleParser.parse(group("and", cond("total_spend", ">=", "2500.50"))));

        assertThat(rule.single()).isEqualTo(new BigDecimal("2500.50"));
    }

    @Test
    void acceptsARangeAsAListOrAsCommaSeparatedText() {
        Condition fromList = only(RuleParser.parse(group("and", cond("visits", "between", list(2, 5)))));
        Condition fromText = only(RuleParser.parse(group("and", cond("visits", "between", "2, 5"))));

        assertThat(fromList.operands()).containsExactly(2L, 5L);
        assertThat(fromText).isEqualTo(fromList);
    }

    @Test
    void parsesDatesAndNormalisesTags() {
        Group rule = (Group) RuleParser.parse(group("and",
                cond("last_order_at", "<", "2024-05-01"), cond("tags", "contains", "  VIP ")));

        assertThat(((Condition) rule.rules().get(0)).single()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(((Condition) rule.rules().get(1)).single()).isEqualTo("vip");
    }

    @Test
    void ignoresTheValueOfOperatorsThatTakeNone() {
        Condition rule = only(RuleParser.parse(group("and", cond("email", "null", ""))));

        assertThat(rule.value()).isNull();
        assertThat(rule.operands()).isEmpty();
    }

    @Test
    void toleratesTheExtraKeysRuleBuilderUisAdd() {
        Map<String, Object> tree = Map.of("id", "g-1", "combinator", "and",
                "rules", List.of(Map.of("id", "r-1", "field", "visits", "operator", "=", "value", 1, "valueSource", "value")));

        assertThat(only(RuleParser.parse(tree)).single()).isEqualTo(1L);
    }

    @Test
    void roundTripsThroughTheGenericTree() {
        Rule rule = RuleParser.parse(group("or",
                Trees.notGroup("and", cond("city", "in", list("Pune", "Delhi")), cond("signup_at", "between", list("2024-01-01", "2024-02-01"))),
                cond("name", "notNull", null), cond("tags", "notIn", list("a", "b")), cond("avg_order_value", "<=", 99.5)));

        assertThat(RuleParser.parse(RuleTree.of(rule))).isEqualTo(rule);
    }

    private static Condition only(Rule rule) {
        return (Condition) ((Group) rule).rules().get(0);
    }
}
