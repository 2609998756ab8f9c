package com.minicrm.domain.campaign;

import com.minicrm.domain.validation.Violations;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * A message a marketer sends to themself before a campaign goes out. It is marked "[Test]" for whoever
 * receives it, and its message id comes from a range above any communication-log id (2^62 and up), so
 * a delivery receipt for it can never match, and never count towards, a real campaign's message.
 */
public final class TestMessage {
    public static final long FIRST_ID = 1L << 62;
    public static final String MARK = "[Test] ";
    private static final AtomicLong NEXT = new AtomicLong(FIRST_ID + (System.nanoTime() & 0xFFFF_FFFFL));
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{6,19}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private TestMessage() {}

    /** The test as the vendor receives it; the address must suit the channel (a phone number, or an e-mail address). */
    public static OutgoingMessage to(Channel channel, String address, String renderedText) {
        return to(channel, address, renderedText, null);
    }

    /** As {@link #to(Channel, String, String)}, with an e-mail's rendered subject, which is marked too. */
    public static OutgoingMessage to(Channel channel, String address, String renderedText, String renderedSubject) {
        Violations violations = new Violations();
        checkAddress(channel, address, violations);
        violations.throwIfAny();
        return new OutgoingMessage(NEXT.getAndIncrement(), channel, address.strip(), MARK + renderedText,
                renderedSubject == null ? null : MARK + renderedSubject);
    }

    /** Adds a violation under "to" unless the address suits the channel. */
    public static void checkAddress(Channel channel, String address, Violations violations) {
        String to = address == null ? "" : address.strip();
        if (to.isEmpty()) {
            violations.add("to", "is required");
        } else if (channel == Channel.EMAIL ? !EMAIL.matcher(to).matches() : !PHONE.matcher(to).matches()) {
            violations.add("to", channel == Channel.EMAIL ? "must be an e-mail address" : "must be a phone number such as +91 98765 43210");
        }
    }

    /** Whether a message id belongs to a test rather than to the communication log. */
    public static boolean isTest(long messageId) {
        return messageId >= FIRST_ID;
    }
}
