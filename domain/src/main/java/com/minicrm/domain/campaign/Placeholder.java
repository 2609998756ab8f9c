package com.minicrm.domain.campaign;

import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.segment.RuleDescription;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * A customer detail a template may name; the enum is the whitelist of placeholders. The unsubscribe
 * link is no customer detail: it is signed per customer and campaign when the audience is frozen, so
 * it has no value here and only an e-mail may carry it.
 */
public enum Placeholder {
    FIRST_NAME("first_name", c -> firstWord(c.name())),
    NAME("name", CustomerProfile::name),
    CITY("city", CustomerProfile::city),
    EMAIL("email", CustomerProfile::email),
    PHONE("phone", CustomerProfile::phone),
    TOTAL_SPEND("total_spend", c -> money(c.totalSpend())),
    AVG_ORDER_VALUE("avg_order_value", c -> money(c.avgOrderValue())),
    VISITS("visits", c -> Integer.toString(c.visits())),
    UNSUBSCRIBE_URL("unsubscribe_url", c -> null);

    private final String key;
    private final Function<CustomerProfile, String> value;

    Placeholder(String key, Function<CustomerProfile, String> value) {
        this.key = key;
        this.value = value;
    }

    public String key() {
        return key;
    }

    /** Whether only an e-mail may use it: the unsubscribe link, which SMS and WhatsApp replace with STOP. */
    public boolean emailOnly() {
        return this == UNSUBSCRIBE_URL;
    }

    public static Optional<Placeholder> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /** The customer's value, or null when the customer has none, so a fallback can apply. */
    String valueOf(CustomerProfile customer) {
        String found = value.apply(customer);
        return found == null || found.isBlank() ? null : found.strip();
    }

    private static String firstWord(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String stripped = name.strip();
        for (int i = 0; i < stripped.length(); i++) {
            if (Character.isWhitespace(stripped.charAt(i))) {
                return stripped.substring(0, i);
            }
        }
        return stripped;
    }

    /** Whether the value is an amount of money, shown as {@code ₹1,23,456.50}. */
    boolean isMoney() {
        return this == TOTAL_SPEND || this == AVG_ORDER_VALUE;
    }

    /** Rupees with Indian grouping, paise only when there are any: ₹58,522 and ₹1,23,456.50. */
    private static String money(BigDecimal amount) {
        return amount == null ? null : "₹" + RuleDescription.grouped(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
