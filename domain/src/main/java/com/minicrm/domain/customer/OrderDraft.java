package com.minicrm.domain.customer;

import java.util.Collections;
import java.util.ArrayList;
import com.minicrm.domain.validation.Instants;
import com.minicrm.domain.validation.Violations;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as a brand sends it. {@code externalId} is unique: a re-sent order is ignored, so it
 * never counts twice in the customer's aggregates.
 */
public record OrderDraft(
        String externalId,
        String customerExternalId,
        BigDecimal amount,
        Instant orderedAt,
        String status,
        List<OrderItem> items) {

    public static final int MAX_ITEMS = 200;

    public OrderDraft {
        items = items == null ? null : Collections.unmodifiableList(new ArrayList<>(items));
    }

    /** Adds every broken rule of this order to {@code violations}, with fields under {@code path}. */
    public void validate(String path, Violations violations) {
        violations.requireId(path + "externalId", externalId, CustomerDraft.MAX_EXTERNAL_ID);
        violations.requireId(path + "customerExternalId", customerExternalId, CustomerDraft.MAX_EXTERNAL_ID);
        if (amount == null) {
            violations.add(path + "amount", "is required");
        }
        Amounts.validate(path + "amount", amount, violations);
        if (orderedAt == null) {
            violations.add(path + "orderedAt", "is required");
        }
        Instants.validate(path + "orderedAt", orderedAt, violations);
        violations.maxLength(path + "status", status, 32);
        if (items != null) {
            if (items.size() > MAX_ITEMS) {
                violations.add(path + "items", "must have at most " + MAX_ITEMS + " items");
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) == null) {
                    violations.add(path + "items[" + i + "]", "must not be null");
                } else {
                    items.get(i).validate(path + "items[" + i + "].", violations);
                }
            }
        }
    }
}
