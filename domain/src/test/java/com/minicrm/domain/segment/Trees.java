package com.minicrm.domain.segment;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the generic JSON trees a JSON parser would hand to the domain. */
final class Trees {
    private Trees() {}

    static Map<String, Object> group(String combinator, Object... rules) {
        return Map.of("combinator", combinator, "rules", Arrays.asList(rules));
    }

    static Map<String, Object> notGroup(String combinator, Object... rules) {
        return Map.of("combinator", combinator, "not", true, "rules", Arrays.asList(rules));
    }

    static Map<String, Object> cond(String field, String operator, Object value) {
        Map<String, Object> node = new HashMap<>();
        node.put("field", field);
        node.put("operator", operator);
        node.put("value", value);
        return node;
    }

    static Map<String, Object> seed() {
        return group("or",
                group("and", cond("total_spend", ">", 10000), cond("visits", "<", 3)),
                cond("inactive_days", ">=", 90));
    }

    static List<Object> list(Object... values) {
        return Arrays.asList(values);
    }
}
