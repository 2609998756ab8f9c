package com.minicrm.domain.campaign;

import java.util.Objects;

/** One rendered message a worker has claimed and hands to the vendor; only an e-mail has a subject. */
public record OutgoingMessage(long messageId, Channel channel, String recipient, String body, String subject) {
    public OutgoingMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(body, "body");
    }

    /** A message without a subject (SMS, WhatsApp). */
    public OutgoingMessage(long messageId, Channel channel, String recipient, String body) {
        this(messageId, channel, recipient, body, null);
    }
}
