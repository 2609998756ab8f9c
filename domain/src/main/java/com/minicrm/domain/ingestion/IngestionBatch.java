package com.minicrm.domain.ingestion;

import java.util.Collections;
import java.util.ArrayList;
import com.minicrm.domain.customer.CustomerDraft;
import com.minicrm.domain.customer.OrderDraft;
import com.minicrm.domain.validation.Violations;
import java.util.List;

/**
 * One accepted ingestion request: the unit that travels through the queue. It is valid by
 * construction, so a consumer never sees a half-valid request.
 */
public sealed interface IngestionBatch {
    int MAX_ITEMS = 1000;

    String requestId();

    int size();

    /** Each item as a request of its own, in order, so one that cannot be stored is set apart from the rest. */
    List<IngestionBatch> items();

    /** Customers sent in one request. */
    record Customers(String requestId, List<CustomerDraft> customers) implements IngestionBatch {
        public Customers {
            customers = Collections.unmodifiableList(new ArrayList<>(customers));
        }

        public static Customers validated(String requestId, List<CustomerDraft> customers, String listField) {
            check(customers, listField, CustomerDraft::validate);
            return new Customers(requestId, customers);
        }

        @Override
        public int size() {
            return customers.size();
        }

        @Override
        public List<IngestionBatch> items() {
            return customers.stream().<IngestionBatch>map(c -> new Customers(requestId, List.of(c))).toList();
        }
    }

    /** Orders sent in one request. */
    record Orders(String requestId, List<OrderDraft> orders) implements IngestionBatch {
        public Orders {
            orders = Collections.unmodifiableList(new ArrayList<>(orders));
        }

        public static Orders validated(String requestId, List<OrderDraft> orders, String listField) {
            check(orders, listField, OrderDraft::validate);
            return new Orders(requestId, orders);
        }

        @Override
        public int size() {
            return orders.size();
        }

        @Override
        public List<IngestionBatch> items() {
            return orders.stream().<IngestionBatch>map(o -> new Orders(requestId, List.of(o))).toList();
        }
    }

    /** A validator of one item, given the path prefix for its fields. */
    @FunctionalInterface
    interface ItemRule<T> {
        void validate(T item, String path, Violations violations);
    }

    private static <T> void check(List<T> items, String listField, ItemRule<T> rule) {
        Violations violations = new Violations();
        if (items == null || items.isEmpty()) {
            violations.add(listField.isEmpty() ? "body" : listField, "must contain at least one item");
        } else if (items.size() > MAX_ITEMS) {
            violations.add(listField, "must contain at most " + MAX_ITEMS + " items");
        } else {
            for (int i = 0; i < items.size(); i++) {
                String path = listField.isEmpty() ? "" : listField + "[" + i + "].";
                if (items.get(i) == null) {
                    violations.add(listField + "[" + i + "]", "must not be null");
                } else {
                    rule.validate(items.get(i), path, violations);
                }
            }
        }
        violations.throwIfAny();
    }
}
