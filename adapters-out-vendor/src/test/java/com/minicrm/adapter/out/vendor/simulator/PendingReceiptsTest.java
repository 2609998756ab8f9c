package com.minicrm.adapter.out.vendor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Due receipts leave in full batches or when their wait is over, and never twice. */
class PendingReceiptsTest {

    @Test
    void aBatchLeavesAsSoonAsItIsFull() {
        PendingReceipts pending = new PendingReceipts(3);

        assertThat(pending.add("a")).isEmpty();
        assertThat(pending.add("b")).isEmpty();
        assertThat(pending.add("c")).containsExactly("a", "b", "c");
        assertThat(pending.add("d")).isEmpty();
    }

    @Test
    void onlyTheFirstReceiptOfABatchStartsAWaitTimer() {
        PendingReceipts pending = new PendingReceipts(10);
        pending.add("a");

        long round = pending.startWaiting();
        pending.add("b");

        assertThat(round).isNotNegative();
        assertThat(pending.startWaiting()).isNegative();
        assertThat(pending.takeIfStill(round)).containsExactly("a", "b");
        assertThat(pending.startWaiting()).as("nothing is waiting any more").isNegative();
    }

    @Test
    void aTimerWhoseBatchAlreadyLeftFullTakesNothingFromTheNextBatch() {
        PendingReceipts pending = new PendingReceipts(2);
        pending.add("a");
        long round = pending.startWaiting();
        pending.add("b");
        pending.add("c");

        assertThat(pending.takeIfStill(round)).isEmpty();
        long next = pending.startWaiting();
        assertThat(pending.takeIfStill(next)).containsExactly("c");
    }

    @Test
    void aBatchSizeOfOnePostsTheBareReceiptObject() {
        PendingReceipts single = new PendingReceipts(1);

        List<String> batch = single.add("{\"messageId\":1}");

        assertThat(batch).containsExactly("{\"messageId\":1}");
        assertThat(single.body(batch)).isEqualTo("{\"messageId\":1}");
    }

    @Test
    void aLargerBatchSizePostsAnArrayEvenOfOne() {
        assertThat(new PendingReceipts(200).body(List.of("{\"messageId\":1}"))).isEqualTo("[{\"messageId\":1}]");
        assertThat(new PendingReceipts(200).body(List.of("{}", "{}"))).isEqualTo("[{},{}]");
    }
}
