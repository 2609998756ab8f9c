package com.minicrm.application.port.out.consent;

import com.minicrm.domain.consent.AppliedReply;
import com.minicrm.domain.consent.InboundMessage;
import java.time.Instant;

/** Stores customers' replies and applies what STOP and START ask for. */
public interface InboundReplies {
    /**
     * Stores the reply and, for STOP or START, sets the channel's subscription of every customer with
     * that number (source {@code stop-reply}); a STOP also withdraws their messages still queued on that
     * channel, suppressed as unsubscribed. One transaction.
     */
    AppliedReply apply(InboundMessage.Valid reply, Instant now);
}
