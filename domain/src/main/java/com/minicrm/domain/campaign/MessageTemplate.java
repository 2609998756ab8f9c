package com.minicrm.domain.campaign;

import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message with placeholders such as {@code {{first_name}}} or {@code {{first_name|there}}}.
 * Only a valid template can exist: every placeholder is known and every brace is closed.
 */
public final class MessageTemplate {
    public static final int MAX_LENGTH = 1000;
    private static final Pattern SLOT = Pattern.compile("\\{\\{([^{}|]*)(?:\\|([^{}]*))?}}");
    /** A currency the author wrote before a money placeholder ("₹{{total_spend}}"), so it is not doubled. */
    private static final Pattern WRITTEN_CURRENCY = Pattern.compile("(?:₹|\\b(?i:rs\\.?|inr))\\s?$");

    private final String text;
    private final List<Part> parts;

    private MessageTemplate(String text, List<Part> parts) {
        this.text = text;
        this.parts = List.copyOf(parts);
    }

    /** Parses and validates; every problem is reported under {@code field}. */
    public static MessageTemplate parse(String field, String text) {
        return parse(field, text, MAX_LENGTH);
    }

    /** As {@link #parse(String, String)}, for a text with a shorter limit, such as an e-mail subject. */
    public static MessageTemplate parse(String field, String text, int maxLength) {
        Violations violations = new Violations();
        if (!violations.requireText(field, text, maxLength)) {
            violations.throwIfAny();
        }
        List<Part> parts = new ArrayList<>();
        Matcher matcher = SLOT.matcher(text);
        int literalStart = 0;
        while (matcher.find()) {
            String literal = text.substring(literalStart, matcher.start());
            parts.add(new Literal(literal));
            String key = matcher.group(1).strip();
            String fallback = matcher.group(2) == null ? "" : matcher.group(2).strip();
            Placeholder.byKey(key).ifPresentOrElse(
                    placeholder -> parts.add(new Slot(placeholder, fallback,
                            placeholder.isMoney() && WRITTEN_CURRENCY.matcher(literal).find())),
                    () -> violations.add(field, "unknown placeholder {{" + key + "}}"));
            literalStart = matcher.end();
        }
        String tail = text.substring(literalStart);
        if (violations.isEmpty() && (tail.contains("{{") || tail.contains("}}") || hasStrayBraces(parts))) {
            violations.add(field, "has an unclosed or malformed placeholder");
        }
        parts.add(new Literal(tail));
        violations.throwIfAny();
        return new MessageTemplate(text, parts);
    }

    public static MessageTemplate parse(String text) throws InvalidInputException {
        return parse("template", text);
    }

    /** The personal message for one customer; a missing value takes the fallback, else nothing. */
    public String render(CustomerProfile customer) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (Part part : parts) {
            out.append(part.render(customer));
        }
        return out.toString();
    }

    public String text() {
        return text;
    }

    private static boolean hasStrayBraces(List<Part> parts) {
        return parts.stream().anyMatch(p -> p instanceof Literal l && (l.text().contains("{{") || l.text().contains("}}")));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MessageTemplate that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    private sealed interface Part permits Literal, Slot {
        String render(CustomerProfile customer);
    }

    private record Literal(String text) implements Part {
        @Override
        public String render(CustomerProfile customer) {
            return text;
        }
    }

    private record Slot(Placeholder placeholder, String fallback, boolean currencyWritten) implements Part {
        @Override
        public String render(CustomerProfile customer) {
            String value = placeholder.valueOf(customer);
            if (value == null) {
                return fallback;
            }
            return currencyWritten && value.startsWith("₹") ? value.substring(1) : value;
        }
    }
}
