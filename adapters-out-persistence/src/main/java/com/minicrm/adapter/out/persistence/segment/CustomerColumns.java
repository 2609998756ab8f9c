package com.minicrm.adapter.out.persistence.segment;

import com.minicrm.domain.segment.Field;

/** The only place a rule field becomes SQL text: each catalog field maps to a fixed column of {@code c}. */
final class CustomerColumns {
    private CustomerColumns() {}

    static String of(Field field) {
        return switch (field) {
            case TOTAL_SPEND -> "c.total_spend";
            case VISITS -> "c.visits";
            case AVG_ORDER_VALUE -> "c.avg_order_value";
            case INACTIVE_DAYS -> "c.last_active_at";
            case LAST_ORDER_AT -> "c.last_order_at";
            case FIRST_ORDER_AT -> "c.first_order_at";
            case SIGNUP_AT -> "c.signup_at";
            case CITY -> "c.city";
            case EMAIL -> "c.email";
            case NAME -> "c.name";
            case TAGS -> throw new IllegalArgumentException("tags live in customer_tag, not in a column");
        };
    }

    static boolean nullable(Field field) {
        return switch (field) {
            case TOTAL_SPEND, VISITS, AVG_ORDER_VALUE, INACTIVE_DAYS, TAGS -> false;
            case LAST_ORDER_AT, FIRST_ORDER_AT, SIGNUP_AT, CITY, EMAIL, NAME -> true;
        };
    }
}
