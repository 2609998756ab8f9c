package com.minicrm.domain.campaign;

import com.minicrm.domain.customer.CustomerProfile;
import com.minicrm.domain.validation.InvalidInputException;
import com.minicrm.domain.validation.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
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

    /** The personal message for one customer; a missing value takes the fallback, else nothing (so does the unsubscribe link). */
    public String render(CustomerProfile customer) {
        return render(customer, id -> null);
    }

    /**
     * The personal message for one customer, with {@code {{unsubscribe_url}}} taken from
     * {@code unsubscribeUrl} (given the customer's id), which is asked only when the template has one.
     */
    public String render(CustomerProfile customer, LongFunction<String> unsubscribeUrl) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (Part part : parts) {
            out.append(part.render(customer, unsubscribeUrl));
        }
        return out.toString();
    }

    /** Whether the template names this placeholder. */
    public boolean uses(Placeholder placeholder) {
        return parts.stream().anyMatch(p -> p instanceof Slot slot && slot.placeholder() == placeholder);
    }

    /**
     * Adds a violation under {@code field} when the template names a placeholder the channel may not
     * carry: {@code {{unsubscribe_url}}} is for e-mail only (SMS and WhatsApp unsubscribe by STOP).
     */
    public void checkChannel(String field, Channel channel, Violations violations) {
        if (channel != null && channel != Channel.EMAIL && uses(Placeholder.UNSUBSCRIBE_URL)) {
            violations.add(field, "{{unsubscribe_url}} is for e-mail only; SMS and WhatsApp customers unsubscribe by replying STOP");
        }
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
        String render(CustomerProfile customer, LongFunction<String> unsubscribeUrl);
    }

    private record Literal(String text) implements Part {
        @Override
        public String render(CustomerProfile customer, LongFunction<String> unsubscribeUrl) {
            return text;
        }
    }

    private record Slot(Placeholder placeholder, String fallback, boolean currencyWritten) implements Part {
        @Override
        public String render(CustomerProfile customer, LongFunction<String> unsubscribeUrl) {
            String value = placeholder == Placeholder.UNSUBSCRIBE_URL ? unsubscribeUrl.apply(customer.id()) : placeholder.valueOf(customer);
            if (value == null) {
                return fallback;
            }
            return currencyWritten && value.startsWith("₹") ? value.substring(1) : value;
        }
    }
}
