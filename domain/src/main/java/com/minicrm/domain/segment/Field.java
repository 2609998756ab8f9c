package com.minicrm.domain.segment;

import java.util.Arrays;
import java.util.Optional;

/** The field catalog: the only fields a rule may name, which makes it the whitelist for SQL too. */
public enum Field {
    TOTAL_SPEND("total_spend", "Total spend", FieldType.MONEY),
    VISITS("visits", "Orders", FieldType.COUNT),
    AVG_ORDER_VALUE("avg_order_value", "Avg order value", FieldType.MONEY),
    INACTIVE_DAYS("inactive_days", "Inactive", FieldType.DAYS),
    LAST_ORDER_AT("last_order_at", "Last order", FieldType.DATE),
    FIRST_ORDER_AT("first_order_at", "First order", FieldType.DATE),
    SIGNUP_AT("signup_at", "Signed up", FieldType.DATE),
    CITY("city", "City", FieldType.TEXT),
    EMAIL("email", "Email", FieldType.TEXT),
    NAME("name", "Name", FieldType.TEXT),
    TAGS("tags", "Tags", FieldType.TAGS);

    private final String json;
    private final String label;
    private final FieldType type;

    Field(String json, String label, FieldType type) {
        this.json = json;
        this.label = label;
        this.type = type;
    }

    public String json() {
        return json;
    }

    public String label() {
        return label;
    }

    public FieldType type() {
        return type;
    }

    public static Optional<Field> fromJson(String name) {
        return Arrays.stream(values()).filter(f -> f.json.equals(name)).findFirst();
    }
}
