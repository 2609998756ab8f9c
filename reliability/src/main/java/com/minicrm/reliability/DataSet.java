package com.minicrm.reliability;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Customers and orders the suite pushes, generated from their index so that SQL can recompute
 * what every row must hold: order j belongs to customer (j * 7919) mod N and costs
 * (10000 + (j * 37 mod 5000) * 100 + j mod 100) / 100 rupees.
 */
record DataSet(String prefix, int customers, int orders) {
    static final Instant FIRST_ORDER = Instant.parse("2025-01-01T00:00:00Z");
    static final String CITY = "Faultpur";

    String customerId(int i) {
        return prefix + "c-" + i;
    }

    String orderId(int j) {
        return prefix + "o-" + j;
    }

    int customerOf(int j) {
        return (int) ((j * 7919L) % customers);
    }

    BigDecimal amount(int j) {
        return BigDecimal.valueOf(10000 + (j * 37L % 5000) * 100 + j % 100, 2);
    }

    BigDecimal totalAmount() {
        BigDecimal total = BigDecimal.ZERO;
        for (int j = 0; j < orders; j++) {
            total = total.add(amount(j));
        }
        return total;
    }

    /**
     * Batch requests of customers and of orders, interleaved (order, customer, order, …) so orders
     * often arrive before their customer. Built when read, so a large data set costs no memory.
     */
    List<Pusher.Request> requests(int batchSize) {
        if (orders != 2 * customers || customers % batchSize != 0) {
            throw new IllegalArgumentException("a data set has twice as many orders as customers, in whole batches");
        }
        return interleaved(customers / batchSize,
                b -> batch("/api/v1/customers/batch", "customers", b * batchSize, batchSize, this::customerJson),
                b -> batch("/api/v1/orders/batch", "orders", b * batchSize, batchSize, this::orderJson));
    }

    /** One request per customer or order, to the single-item endpoints, interleaved like {@link #requests}. */
    List<Pusher.Request> singles() {
        if (orders != 2 * customers) {
            throw new IllegalArgumentException("a data set has twice as many orders as customers");
        }
        return interleaved(customers, i -> new Pusher.Request("/api/v1/customers", customerJson(i)),
                j -> new Pusher.Request("/api/v1/orders", orderJson(j)));
    }

    private String customerJson(int i) {
        return "{\"externalId\":\"" + customerId(i) + "\",\"name\":\"Customer " + i + "\",\"email\":\"c" + i
                + "@example.in\",\"phone\":\"+91" + (9_000_000_000L + i) + "\",\"city\":\"" + CITY + "\"}";
    }

    private String orderJson(int j) {
        return "{\"externalId\":\"" + orderId(j) + "\",\"customerExternalId\":\"" + customerId(customerOf(j))
                + "\",\"amount\":" + amount(j).toPlainString() + ",\"orderedAt\":\"" + FIRST_ORDER.plusSeconds(60L * j) + "\"}";
    }

    private static Pusher.Request batch(String path, String field, int from, int size, IntFunction<String> item) {
        StringBuilder body = new StringBuilder("{\"").append(field).append("\":[");
        for (int i = from; i < from + size; i++) {
            body.append(i == from ? "" : ",").append(item.apply(i));
        }
        return new Pusher.Request(path, body.append("]}").toString());
    }

    /** Part 3k is order part 2k, 3k+1 customer part k, 3k+2 order part 2k+1. */
    private static List<Pusher.Request> interleaved(int customerParts, IntFunction<Pusher.Request> customer,
            IntFunction<Pusher.Request> order) {
        return new AbstractList<>() {
            @Override
            public int size() {
                return 3 * customerParts;
            }

            @Override
            public Pusher.Request get(int i) {
                int block = i / 3;
                int position = i % 3;
                return position == 1 ? customer.apply(block) : order.apply(2 * block + position / 2);
            }
        };
    }
}
