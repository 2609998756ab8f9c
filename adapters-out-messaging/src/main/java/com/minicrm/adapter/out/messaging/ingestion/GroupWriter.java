package com.minicrm.adapter.out.messaging.ingestion;

import com.minicrm.application.port.in.StoreIngestedBatchesUseCase;
import com.minicrm.domain.ingestion.IngestionBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.jboss.logging.Logger;

/**
 * Stores one group of queued requests and decides each message's fate. The group is written in
 * as few transactions as the item limit allows; a failure that waiting can cure is retried with
 * backoff for as long as it lasts; any other failure is narrowed down to the message that causes
 * it, which is retried alone a few times, then stored item by item so that only the items that
 * still fail are parked: one bad customer or order never loses the others answered 202 with it.
 */
final class GroupWriter {
    private static final Logger LOG = Logger.getLogger(GroupWriter.class);

    /** What happens to one message once its fate is known. */
    interface Fate {
        void stored();

        void park(String reason);

        /** Parks one item of the message; the message itself is settled later. Throws if it could not. */
        void parkItem(IngestionBatch item, String reason);

        void giveBack(RuntimeException failure);
    }

    /** A request read from the queue, with the way to settle its message. */
    record Item(IngestionBatch batch, Fate fate) {}

    private final StoreIngestedBatchesUseCase store;
    private final int attempts;
    private final int maxItemsPerTransaction;
    private final long maxBackoffMillis;
    private final LongConsumer pause;
    private final BooleanSupplier stopping;

    GroupWriter(StoreIngestedBatchesUseCase store, int attempts, int maxItemsPerTransaction, long maxBackoffMillis,
            LongConsumer pause, BooleanSupplier stopping) {
        this.store = store;
        this.attempts = attempts;
        this.maxItemsPerTransaction = maxItemsPerTransaction;
        this.maxBackoffMillis = maxBackoffMillis;
        this.pause = pause;
        this.stopping = stopping;
    }

    void write(List<Item> group) {
        for (List<Item> transaction : transactions(group)) {
            RuntimeException failure = storeUntilNotTransient(transaction);
            if (failure == null) {
                transaction.forEach(item -> item.fate().stored());
            } else if (transaction.size() == 1) {
                retryAlone(transaction.get(0), failure);
            } else {
                LOG.warnf("a group of %d messages failed (%s); storing them one by one", transaction.size(), failure.getMessage());
                transaction.forEach(item -> writeAlone(item));
            }
        }
    }

    private void writeAlone(Item item) {
        RuntimeException failure = storeUntilNotTransient(List.of(item));
        if (failure == null) {
            item.fate().stored();
        } else {
            retryAlone(item, failure);
        }
    }

    private void retryAlone(Item item, RuntimeException firstFailure) {
        RuntimeException failure = firstFailure;
        for (int attempt = 2; attempt <= attempts && failure != null; attempt++) {
            failure = storeUntilNotTransient(List.of(item));
        }
        if (failure == null) {
            item.fate().stored();
        } else if (item.batch().size() > 1) {
            storeItemByItem(item, failure);
        } else {
            item.fate().park("failed " + attempts + " times: " + failure);
        }
    }

    /** Each item in its own transaction (storing is idempotent, so a redelivery redoes no harm). */
    private void storeItemByItem(Item message, RuntimeException wholeFailure) {
        LOG.warnf("request %s (%d items) failed as a whole (%s); storing its items one by one",
                message.batch().requestId(), message.batch().size(), wholeFailure.getMessage());
        for (IngestionBatch part : message.batch().items()) {
            Item alone = new Item(part, message.fate());
            RuntimeException failure = storeUntilNotTransient(List.of(alone));
            for (int attempt = 2; attempt <= attempts && failure != null; attempt++) {
                failure = storeUntilNotTransient(List.of(alone));
            }
            if (failure != null) {
                try {
                    message.fate().parkItem(part, "failed " + attempts + " times alone: " + failure);
                } catch (RuntimeException e) {
                    message.fate().giveBack(e);
                    return;
                }
            }
        }
        message.fate().stored();
    }

    /** Returns null once stored, or the failure that retrying cannot cure. */
    private RuntimeException storeUntilNotTransient(List<Item> items) {
        long pauseMillis = 100;
        while (true) {
            try {
                store.store(items.stream().map(Item::batch).toList());
                return null;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    return e;
                }
                if (stopping.getAsBoolean()) {
                    items.forEach(item -> item.fate().giveBack(e));
                    throw e;
                }
                LOG.warnf("storage unavailable (%s); retrying in %d ms", e.getMessage(), pauseMillis);
                pause.accept(pauseMillis);
                pauseMillis = Math.min(maxBackoffMillis, pauseMillis * 2);
            }
        }
    }

    /** Consecutive runs of messages holding at most the item limit each (one message at least). */
    private List<List<Item>> transactions(List<Item> group) {
        List<List<Item>> transactions = new ArrayList<>();
        List<Item> current = new ArrayList<>();
        int items = 0;
        for (Item item : group) {
            if (!current.isEmpty() && items + item.batch().size() > maxItemsPerTransaction) {
                transactions.add(current);
                current = new ArrayList<>();
                items = 0;
            }
            current.add(item);
            items += item.batch().size();
        }
        if (!current.isEmpty()) {
            transactions.add(current);
        }
        return transactions;
    }
}
