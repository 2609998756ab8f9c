package com.minicrm.reliability;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    /** Batch requests of customers and of orders, interleaved so orders often arrive before their customer. */
    List<Pusher.Request> requests(int batchSize) {
        List<Pusher.Request> customerBatches = new ArrayList<>();
        for (int from = 0; from < customers; from += batchSize) {
            StringBuilder body = new StringBuilder("{\"customers\":[");
            for (int i = from; i < Math.min(customers, from + batchSize); i++) {
                body.append(i == from ? "" : ",").append("{\"externalId\":\"").append(customerId(i))
                        .append("\",\"name\":\"Customer ").append(i).append("\",\"email\":\"c").append(i)
                        .append("@example.in\",\"phone\":\"+91").append(9_000_000_000L + i).append("\",\"city\":\"")
                        .append(CITY).append("\"}");
            }
            customerBatches.add(new Pusher.Request("/api/v1/customers/batch", body.append("]}").toString()));
        }
        List<Pusher.Request> orderBatches = new ArrayList<>();
        for (int from = 0; from < orders; from += batchSize) {
            StringBuilder body = new StringBuilder("{\"orders\":[");
            for (int j = from; j < Math.min(orders, from + batchSize); j++) {
                body.append(j == from ? "" : ",").append("{\"externalId\":\"").append(orderId(j))
                        .append("\",\"customerExternalId\":\"").append(customerId(customerOf(j)))
                        .append("\",\"amount\":").append(amount(j).toPlainString())
                        .append(",\"orderedAt\":\"").append(FIRST_ORDER.plusSeconds(60L * j)).append("\"}");
            }
            orderBatches.add(new Pusher.Request("/api/v1/orders/batch", body.append("]}").toString()));
        }
        List<Pusher.Request> all = new ArrayList<>();
        int c = 0;
        int o = 0;
        while (c < customerBatches.size() || o < orderBatches.size()) {
            if (o < orderBatches.size()) {
                all.add(orderBatches.get(o++));
            }
            if (c < customerBatches.size()) {
                all.add(customerBatches.get(c++));
            }
            if (o < orderBatches.size()) {
                all.add(orderBatches.get(o++));
            }
        }
        return all;
    }
}
