package com.minicrm.adapter.out.vendor.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * The due receipts for one callback URL that are not posted yet. A batch leaves when it is full or
 * when its wait is over; the round number lets a wait timer tell that its batch already left full.
 */
final class PendingReceipts {
    private static final long NO_TIMER_NEEDED = -1;
    private final int batchSize;
    private List<String> receipts = new ArrayList<>();
    private long round;
    private boolean waiting;

    PendingReceipts(int batchSize) {
        this.batchSize = batchSize;
    }

    /** Adds a due receipt and returns the batch to post now if that filled it, else an empty list. */
    synchronized List<String> add(String receipt) {
        receipts.add(receipt);
        return receipts.size() >= batchSize ? take() : List.of();
    }

    /** The round a wait timer should flush, or a negative number when one is already waiting. */
    synchronized long startWaiting() {
        if (waiting || receipts.isEmpty()) {
            return NO_TIMER_NEEDED;
        }
        waiting = true;
        return round;
    }

    /** The waiting batch if it is still the one of that round, else an empty list. */
    synchronized List<String> takeIfStill(long timerRound) {
        return timerRound == round ? take() : List.of();
    }

    /** The callback body of a batch; with a batch size of 1 it is the bare receipt object, as before batching. */
    String body(List<String> batch) {
        return batchSize == 1 ? batch.get(0) : "[" + String.join(",", batch) + "]";
    }

    private List<String> take() {
        List<String> batch = receipts;
        receipts = new ArrayList<>(batchSize);
        round++;
        waiting = false;
        return batch;
    }
}
