package com.minicrm.adapter.in.rest.receipt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.domain.campaign.DeliveryOutcome;
import com.minicrm.domain.validation.InvalidInputException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads a receipt body by hand, since the raw text had to be kept for the signature check. */
final class ReceiptRequest {
    private ReceiptRequest() {}

    static DeliveryOutcome parse(ObjectMapper json, String body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (IOException e) {
            throw InvalidInputException.of("body", "is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        JsonNode messageId = node.path("messageId");
        if (!messageId.isMissingNode() && !messageId.canConvertToExactIntegral()) {
            throw InvalidInputException.of("messageId", "must be a positive number");
        }
        Instant occurredAt;
        try {
            occurredAt = node.hasNonNull("occurredAt") ? Instant.parse(node.get("occurredAt").asText()) : null;
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("occurredAt", "must be an ISO-8601 instant");
        }
        return DeliveryOutcome.fromReceipt(
                messageId.isMissingNode() || messageId.isNull() ? null : messageId.asLong(),
                text(node, "vendorMessageId"), text(node, "status"), text(node, "reason"), occurredAt);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
