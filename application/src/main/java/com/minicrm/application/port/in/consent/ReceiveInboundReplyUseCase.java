package com.minicrm.application.port.in.consent;

import com.minicrm.domain.consent.AppliedReply;
import com.minicrm.domain.consent.InboundMessage;
import java.util.function.Function;

/** Takes a customer's reply the vendor forwards, signed like a receipt: STOP unsubscribes, START resubscribes, the rest is kept. */
public interface ReceiveInboundReplyUseCase {
    /**
     * Verifies the signature on the raw body (throwing as receipts do for a wrong, stale or replayed
     * one), only then parses the body with {@code parser}, and applies the reply. A reply that fails
     * parsing, validation or storage releases its signature, so the vendor's retry is not a replay.
     */
    AppliedReply receive(String timestamp, String signature, String body, Function<String, InboundMessage> parser);
}
