package com.minicrm.adapter.out.messaging.broker;

import com.minicrm.application.port.out.QueueUnavailableException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The publishes of one channel that await the broker's confirm, by publish sequence number. One per
 * channel: sequence numbers restart at 1 on every channel, so a confirm can only ever settle a publish
 * of its own channel, and when the channel dies every publish still waiting fails at once.
 */
final class Unconfirmed {
    private final ConcurrentNavigableMap<Long, CompletableFuture<Void>> waiting = new ConcurrentSkipListMap<>();

    void add(long sequenceNumber, CompletableFuture<Void> confirm) {
        waiting.put(sequenceNumber, confirm);
    }

    /** The publish never left (its write failed): forget it. */
    void remove(long sequenceNumber) {
        waiting.remove(sequenceNumber);
    }

    void confirmed(long sequenceNumber, boolean multiple) {
        settle(sequenceNumber, multiple, null);
    }

    void refused(long sequenceNumber, boolean multiple) {
        settle(sequenceNumber, multiple, new QueueUnavailableException("the broker refused the message (nack)", null));
    }

    /** The channel closed: no confirm will come for anything still waiting. */
    void lost(String why) {
        for (Long sequenceNumber : waiting.keySet()) {
            CompletableFuture<Void> confirm = waiting.remove(sequenceNumber);
            if (confirm != null) {
                confirm.completeExceptionally(new QueueUnavailableException("the channel closed before the broker confirmed: " + why, null));
            }
        }
    }

    int size() {
        return waiting.size();
    }

    private void settle(long sequenceNumber, boolean multiple, QueueUnavailableException refusal) {
        Map<Long, CompletableFuture<Void>> settled = multiple ? waiting.headMap(sequenceNumber, true)
                : waiting.subMap(sequenceNumber, true, sequenceNumber, true);
        for (Long key : settled.keySet()) {
            CompletableFuture<Void> confirm = waiting.remove(key);
            if (confirm == null) {
                continue;
            }
            if (refusal == null) {
                confirm.complete(null);
            } else {
                confirm.completeExceptionally(refusal);
            }
        }
    }
}
