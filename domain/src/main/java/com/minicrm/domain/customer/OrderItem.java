package com.minicrm.domain.customer;

import com.minicrm.domain.validation.Violations;
import java.math.BigDecimal;

/** One line of an order, kept for display and AI insight; aggregates use the order amount only. */
public record OrderItem(String sku, String name, Integer quantity, BigDecimal unitPrice) {
    public void validate(String path, Violations violations) {
        violations.maxLength(path + "sku", sku, 64);
        violations.maxLength(path + "name", name, 200);
        if ((sku == null || sku.isBlank()) && (name == null || name.isBlank())) {
            violations.add(path + "name", "is required when sku is missing");
        }
        if (quantity != null && (quantity < 1 || quantity > 100_000)) {
            violations.add(path + "quantity", "must be between 1 and 100000");
        }
        Amounts.validate(path + "unitPrice", unitPrice, violations);
    }
}
