package com.minicrm.adapter.out.messaging.receipt;

import com.minicrm.domain.campaign.DeliveryOutcome;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** The wire form of a receipt on the queue; reading it re-checks every field through the domain. */
final class ReceiptJson {
    private ReceiptJson() {}

    static JsonObject toJson(DeliveryOutcome receipt) {
        return new JsonObject()
                .put("messageId", receipt.messageId())
                .put("vendorMessageId", receipt.vendorMessageId())
                .put("status", receipt.status().name())
                .put("reason", receipt.reason())
                .put("occurredAt", receipt.occurredAt().toString());
    }

    static DeliveryOutcome fromJson(JsonObject json) {
        String occurredAt = json.getString("occurredAt");
        return DeliveryOutcome.fromReceipt(json.getLong("messageId"), json.getString("vendorMessageId"),
                json.getString("status"), json.getString("reason"), occurredAt == null ? null : Instant.parse(occurredAt));
    }
}
