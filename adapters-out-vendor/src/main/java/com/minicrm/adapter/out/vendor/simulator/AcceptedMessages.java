package com.minicrm.adapter.out.vendor.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vendor's idempotency: a message id it has accepted before gets its first vendor id again and
 * no second delivery, as with the idempotency keys of real messaging APIs. It remembers the most
 * recent {@value #CAPACITY} accepted messages.
 */
@ApplicationScoped
class AcceptedMessages {
    static final int CAPACITY = 200_000;

    private final Map<Long, String> vendorIds = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized String vendorIdOf(long messageId) {
        return vendorIds.get(messageId);
    }

    synchronized void remember(long messageId, String vendorId) {
        vendorIds.put(messageId, vendorId);
    }
}
