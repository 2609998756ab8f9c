package com.minicrm.application.port.out;

import com.minicrm.domain.campaign.OutgoingMessage;
import com.minicrm.domain.campaign.SendResult;
import java.util.List;

/**
 * The vendor that sends messages. The adapter owns the pace: bounded concurrency, a send rate, and
 * retries by the retry policy. Returns one result per message, in any order, once all are settled.
 */
public interface MessagingVendor {
    List<SendResult> send(List<OutgoingMessage> messages);
}
