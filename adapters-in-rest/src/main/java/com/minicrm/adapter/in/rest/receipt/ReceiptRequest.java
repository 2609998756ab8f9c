package com.minicrm.adapter.in.rest.receipt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.domain.campaign.DeliveryOutcome;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violation;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a receipt body by hand, since the raw text had to be kept for the signature check. The body
 * is one receipt object or an array of them; an array is all or nothing, so every item is checked
 * and each violation names its item as {@code [i].field}.
 */
final class ReceiptRequest {
    static final int MAX_RECEIPTS = 1000;

    private ReceiptRequest() {}

    static List<DeliveryOutcome> parse(ObjectMapper json, String body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (IOException e) {
            throw InvalidInputException.of("body", "is not valid JSON");
        }
        if (node != null && node.isObject()) {
            return List.of(receipt(node));
        }
        if (node == null || !node.isArray()) {
            throw InvalidInputException.of("body", "must be a receipt object or an array of them");
        }
        if (node.isEmpty() || node.size() > MAX_RECEIPTS) {
            throw InvalidInputException.of("body", "must hold 1 to " + MAX_RECEIPTS + " receipts");
        }
        List<DeliveryOutcome> receipts = new ArrayList<>(node.size());
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isObject()) {
                violations.add(new Violation("[" + i + "]", "must be a receipt object"));
                continue;
            }
            try {
                receipts.add(receipt(item));
            } catch (InvalidInputException e) {
                for (Violation violation : e.violations()) {
                    violations.add(new Violation("[" + i + "]." + violation.field(), violation.message()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return receipts;
    }

    private static DeliveryOutcome receipt(JsonNode node) {
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
