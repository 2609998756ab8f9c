package com.minicrm.adapter.in.rest.consent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.domain.consent.InboundMessage;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violation;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Reads a forwarded reply by hand, after the signature was checked on the raw text; every field problem is named. */
final class InboundReplyRequest {
    private static final Set<String> FIELDS = Set.of("channel", "from", "text", "receivedAt");

    private InboundReplyRequest() {}

    static InboundMessage parse(ObjectMapper json, String body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (IOException e) {
            throw InvalidInputException.of("body", "is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw InvalidInputException.of("body", "must be a reply object");
        }
        List<Violation> violations = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                violations.add(new Violation(name, "is not a known field"));
            }
        }
        String channel = text(node, "channel", violations);
        String from = text(node, "from", violations);
        String text = text(node, "text", violations);
        String received = text(node, "receivedAt", violations);
        Instant receivedAt = null;
        try {
            receivedAt = received == null ? null : Instant.parse(received);
        } catch (DateTimeParseException e) {
            violations.add(new Violation("receivedAt", "must be an ISO-8601 instant"));
        }
        InboundMessage message = new InboundMessage(channel, from, text, receivedAt);
        if (!violations.isEmpty()) {
            // Name the other fields' problems too, not just the ones reading the JSON found.
            try {
                new InboundMessage(channel, from, text, receivedAt == null ? Instant.EPOCH : receivedAt).validate();
            } catch (InvalidInputException e) {
                e.violations().stream().filter(v -> violations.stream().noneMatch(found -> found.field().equals(v.field())))
                        .forEach(violations::add);
            }
            throw new InvalidInputException(violations);
        }
        return message;
    }

    private static String text(JsonNode node, String field, List<Violation> violations) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            violations.add(new Violation(field, "must be text"));
            return null;
        }
        return value.asText();
    }
}
