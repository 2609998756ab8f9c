package com.minicrm.bootstrap.campaign;

import com.minicrm.application.port.out.MessagingVendor;
import com.minicrm.domain.campaign.OutgoingMessage;
import com.minicrm.domain.campaign.SendResult;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts how often each message is handed to the vendor, whichever worker hands it over, and keeps each e-mail's subject. */
@Decorator
@Priority(10)
class CountingVendor implements MessagingVendor {
    static final Map<Long, AtomicInteger> HANDED_OVER = new ConcurrentHashMap<>();
    static final Map<Long, String> SUBJECTS = new ConcurrentHashMap<>();

    @Inject
    @Delegate
    @Any
    MessagingVendor delegate;

    @Override
    public List<SendResult> send(List<OutgoingMessage> messages) {
        messages.forEach(m -> HANDED_OVER.computeIfAbsent(m.messageId(), id -> new AtomicInteger()).incrementAndGet());
        messages.stream().filter(m -> m.subject() != null).forEach(m -> SUBJECTS.put(m.messageId(), m.subject()));
        return delegate.send(messages);
    }

    static int timesHandedOver(long messageId) {
        AtomicInteger count = HANDED_OVER.get(messageId);
        return count == null ? 0 : count.get();
    }
}
