package com.minicrm.domain.campaign;

import java.util.Objects;

/** One rendered message a worker has claimed and hands to the vendor. */
public record OutgoingMessage(long messageId, Channel channel, String recipient, String body) {
    public OutgoingMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(body, "body");
    }
}
