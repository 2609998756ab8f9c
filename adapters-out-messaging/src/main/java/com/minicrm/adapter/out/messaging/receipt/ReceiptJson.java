package com.minicrm.adapter.out.messaging.receipt;

import com.minicrm.domain.campaign.DeliveryOutcome;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire form of receipts on the queue: one message holds the receipts of one callback under
 * {@code receipts}. A bare receipt object, as queued before batching, still reads as a list of one,
 * so messages left on the queue across an upgrade are not lost. Reading re-checks every field.
 */
final class ReceiptJson {
    private static final String RECEIPTS = "receipts";

    private ReceiptJson() {}

    static JsonObject toJson(List<DeliveryOutcome> receipts) {
        JsonArray items = new JsonArray(new ArrayList<>(receipts.size()));
        for (DeliveryOutcome receipt : receipts) {
            items.add(toJson(receipt));
        }
        return new JsonObject().put(RECEIPTS, items);
    }

    static List<DeliveryOutcome> fromJson(JsonObject json) {
        JsonArray items = json.getJsonArray(RECEIPTS);
        if (items == null) {
            return List.of(receipt(json));
        }
        List<DeliveryOutcome> receipts = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            receipts.add(receipt(items.getJsonObject(i)));
        }
        return receipts;
    }

    private static JsonObject toJson(DeliveryOutcome receipt) {
        return new JsonObject()
                .put("messageId", receipt.messageId())
                .put("vendorMessageId", receipt.vendorMessageId())
                .put("status", receipt.status().name())
                .put("reason", receipt.reason())
                .put("occurredAt", receipt.occurredAt().toString());
    }

    private static DeliveryOutcome receipt(JsonObject json) {
        String occurredAt = json.getString("occurredAt");
        return DeliveryOutcome.fromReceipt(json.getLong("messageId"), json.getString("vendorMessageId"),
                json.getString("status"), json.getString("reason"), occurredAt == null ? null : Instant.parse(occurredAt));
    }
}
