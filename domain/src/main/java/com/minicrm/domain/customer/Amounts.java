package com.minicrm.domain.customer;

import com.minicrm.domain.validation.Violations;
import java.math.BigDecimal;

/** The rules every INR amount follows: not negative, paise precision, and a sane ceiling. */
public final class Amounts {
    public static final BigDecimal MAX = new BigDecimal("9999999999.99");

    private Amounts() {}

    public static void validate(String field, BigDecimal amount, Violations violations) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            violations.add(field, "must be greater than or equal to 0");
        } else if (amount.compareTo(MAX) > 0) {
            violations.add(field, "must be at most " + MAX.toPlainString());
        } else if (amount.stripTrailingZeros().scale() > 2) {
            violations.add(field, "must have at most 2 decimal places");
        }
    }
}
