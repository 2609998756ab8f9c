package com.minicrm.domain.segment;

import static com.minicrm.domain.segment.Trees.cond;
import static com.minicrm.domain.segment.Trees.group;
import static com.minicrm.domain.segment.Trees.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleValidationTest {

    @Test
    void reportsEveryProblemAtOnceWithItsPathInTheTree() {
        Object tree = group("and",
                cond("visits", ">", 1),
                group("or", cond("shoe_size", ">", 3), cond("visits", "contains", "x"), cond("total_spend", ">", "lots")),
                group("and"));

        assertThat(fields(tree)).containsExactlyInAnyOrder(
                "rules[1].rules[0].field", "rules[1].rules[1].operator", "rules[1].rules[2].value", "rules[2].rules");
    }

    @Test
    void rejectsAnEmptyGroupAtTheRoot() {
        assertThat(fields(group("and"))).containsExactly("rules");
    }

    @Test
    void rejectsSqlInjectionAsAFieldOrOperatorName() {
        Object tree = group("and",
                cond("city; DROP TABLE customer; --", "=", "x"),
                cond("city", "= '' OR 1=1 --", "x"));

        assertThat(fields(tree)).containsExactly("rules[0].field", "rules[1].operator");
    }

    @Test
    void rejectsGroupsNestedDeeperThanTenLevels() {
        Object tree = cond("visits", ">", 1);
        for (int level = 0; level < 11; level++) {
            tree = group("and", tree);
        }

        assertThat(fields(tree)).containsExactly("rules[0].rules[0].rules[0].rules[0].rules[0].rules[0].rules[0].rules[0].rules[0].rules[0]");
    }

    @Test
    void acceptsGroupsNestedExactlyTenLevels() {
        Object tree = cond("visits", ">", 1);
        for (int level = 0; level < 10; level++) {
            tree = group("and", tree);
        }

        assertThat(RuleParser.parse(tree)).isInstanceOf(Group.class);
    }

    @Test
    void rejectsMoreThanTwoHundredConditions() {
        List<Object> conditions = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            conditions.add(cond("visits", ">", i));
        }

        assertThat(fields(Map.of("combinator", "or", "rules", conditions))).containsExactly("rules");
        conditions.remove(0);
        assertThat(RuleParser.parse(Map.of("combinator", "or", "rules", conditions))).isInstanceOf(Group.class);
    }

    @Test
    void rejectsValuesOfTheWrongType() {
        Object tree = group("and",
                cond("visits", "=", 1.5),
                cond("visits", "=", -1),
                cond("total_spend", ">", 10.123),
                cond("city", "=", 42),
                cond("last_order_at", "<", "yesterday"),
                cond("inactive_days", ">", true),
                cond("visits", "between", list(5, 2)),
                cond("visits", "in", list()),
                cond("city", "=", list("Pune")),
                cond("city", "in", list("Pune", 7)),
                cond("visits", "=", null));

        assertThat(fields(tree)).containsExactly(
                "rules[0].value", "rules[1].value", "rules[2].value", "rules[3].value", "rules[4].value",
                "rules[5].value", "rules[6].value", "rules[7].value", "rules[8].value", "rules[9].value[1]",
                "rules[10].value");
    }

    @Test
    void rejectsOperatorsThatDoNotFitTheFieldType() {
        Object tree = group("and",
                cond("tags", "=", "vip"), cond("city", ">", "A"), cond("total_spend", "null", null), cond("visits", "beginsWith", "1"));

        assertThat(fields(tree)).containsExactly(
                "rules[0].operator", "rules[1].operator", "rules[2].operator", "rules[3].operator");
    }

    @Test
    void rejectsMalformedShapes() {
        assertThat(fields("not a rule")).containsExactly("rule");
        assertThat(fields(Map.of("x", 1))).containsExactly("rule");
        assertThat(fields(Map.of("combinator", "xor", "not", "yes", "rules", "none")))
                .containsExactly("combinator", "not", "rules");
        assertThat(fields(group("and", 5, cond(null, null, null))))
                .containsExactly("rules[0]", "rules[1].field", "rules[1].operator");
    }

    @Test
    void prefixesPathsWhenTheRuleIsPartOfALargerInput() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> SegmentDefinition.of(" ", null, group("and", cond("city", "=", ""))));

        assertThat(e.violations()).extracting(Violation::field).containsExactly("name", "rule.rules[0].value");
    }

    private static List<String> fields(Object tree) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> RuleParser.parse(tree));
        assertThat(e).as("expected the rule to be rejected").isNotNull();
        return e.violations().stream().map(Violation::field).toList();
    }
}
