package com.minicrm.domain.segment;

import static com.minicrm.domain.segment.Trees.cond;
import static com.minicrm.domain.segment.Trees.group;
import static com.minicrm.domain.segment.Trees.list;
import static com.minicrm.domain.segment.Trees.notGroup;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RuleDescriptionTest {

    @Test
    void putsParenthesesAroundAnOrInsideAnAnd() {
        Object tree = group("and", cond("total_spend", ">", 10000),
                group("or", cond("visits", "<", 3), cond("inactive_days", ">=", 90)));

        assertThat(describe(tree)).isEqualTo("Total spend > ₹10,000 AND (Orders < 3 OR Inactive ≥ 90 days)");
    }

    @Test
    void bracketsAnAndInsideAnOrTooSoTheTextCannotBeReadTwoWays() {
        assertThat(describe(Trees.seed())).isEqualTo("(Total spend > ₹10,000 AND Orders < 3) OR Inactive ≥ 90 days");
    }

    @Test
    void flattensGroupsOfOneButBracketsAGroupWithTheSameCombinatorAsTheMarketerBuiltIt() {
        Object tree = group("and", group("or", cond("visits", "=", 1)), group("and", cond("visits", "!=", 2), cond("visits", "<=", 9)));

        assertThat(describe(tree)).isEqualTo("Orders = 1 AND (Orders ≠ 2 AND Orders ≤ 9)");
    }

    @Test
    void wrapsANegatedGroupInParentheses() {
        Object tree = group("or", notGroup("or", cond("city", "in", list("Pune", "Delhi")), cond("email", "null", null)), cond("tags", "contains", "VIP"));

        assertThat(describe(tree)).isEqualTo("NOT (City in (\"Pune\", \"Delhi\") OR Email is missing) OR Tags include \"vip\"");
    }

    @Test
    void rendersRangesDatesTextOperatorsAndTagSets() {
        Object tree = group("and",
                cond("avg_order_value", "notBetween", list(1000, 250000.5)),
                cond("inactive_days", "=", 1),
                cond("signup_at", ">=", "2024-01-31"),
                cond("name", "beginsWith", "A\"B"),
                cond("tags", "notIn", list("x", "y")));

        assertThat(describe(tree)).isEqualTo("Avg order value not between ₹1,000 and ₹2,50,000.50 AND Inactive = 1 day"
                + " AND Signed up ≥ 2024-01-31 AND Name begins with \"A\\\"B\" AND Tags include none of (\"x\", \"y\")");
    }

    @Test
    void groupsDigitsTheIndianWay() {
        assertThat(RuleDescription.grouped(new BigDecimal("999"))).isEqualTo("999");
        assertThat(RuleDescription.grouped(new BigDecimal("100000"))).isEqualTo("1,00,000");
        assertThat(RuleDescription.grouped(new BigDecimal("12345678.9"))).isEqualTo("1,23,45,678.90");
        assertThat(RuleDescription.grouped(new BigDecimal("2000.00"))).isEqualTo("2,000");
    }

    @Test
    void saysWhatAnEmptyGroupMeans() {
        assertThat(RuleDescription.describe(Rule.and())).isEqualTo("everyone");
        assertThat(RuleDescription.describe(Rule.or())).isEqualTo("no one");
    }

    private static String describe(Object tree) {
        return RuleDescription.describe(RuleParser.parse(tree));
    }
}
