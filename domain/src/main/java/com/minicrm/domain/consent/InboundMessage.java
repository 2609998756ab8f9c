package com.minicrm.domain.consent;

import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.validation.Instants;
import com.minicrm.domain.validation.Violations;
import java.time.Instant;
import java.util.regex.Pattern;

/** A customer's reply as the vendor forwards it: the channel, the sender's number, the text and when it arrived. */
public record InboundMessage(String channel, String from, String text, Instant receivedAt) {
    public static final int MAX_TEXT = 1600;
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()\\-]{4,31}$");
    private static final int NUMBER_KEY_DIGITS = 10;

    /** The checked parts: the channel, the key the sender's number is matched by, and what the text asks for. */
    public record Valid(Channel channel, String numberKey, String text, InboundKeyword keyword, Instant receivedAt) {}

    public Valid validate() {
        Violations violations = new Violations();
        Channel parsed = "SMS".equals(channel) ? Channel.SMS : "WHATSAPP".equals(channel) ? Channel.WHATSAPP : null;
        if (parsed == null) {
            violations.add("channel", "must be SMS or WHATSAPP");
        }
        if (violations.requireText("from", from, 32) && !PHONE.matcher(from).matches()) {
            violations.add("from", "must be a phone number: digits, spaces, dashes, parentheses, optional leading +");
        }
        if (text == null) {
            violations.add("text", "is required");
        } else {
            violations.maxLength("text", text, MAX_TEXT);
        }
        if (receivedAt == null) {
            violations.add("receivedAt", "is required");
        } else {
            Instants.validate("receivedAt", receivedAt, violations);
        }
        violations.throwIfAny();
        return new Valid(parsed, numberKey(from), text, InboundKeyword.of(text), receivedAt);
    }

    /**
     * A phone number's matching key: its last ten digits, so "+91 98765 43210", "098765-43210" and
     * "9876543210" are one number (an Indian mobile number has ten digits after the country code).
     * The database keeps the same key for stored phones in {@code customer.phone_key}.
     */
    public static String numberKey(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() <= NUMBER_KEY_DIGITS ? digits : digits.substring(digits.length() - NUMBER_KEY_DIGITS);
    }
}
