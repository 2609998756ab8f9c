package com.minicrm.adapter.out.messaging.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.domain.customer.CustomerDraft;
import com.minicrm.domain.ingestion.IngestionBatch;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GroupWriterTest {
    private final List<List<String>> transactions = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final List<Long> pauses = new ArrayList<>();

    private GroupWriter writer(Failing failing) {
        return new GroupWriter(batches -> {
            List<String> ids = batches.stream().map(IngestionBatch::requestId).toList();
            failing.maybeFail(ids);
            transactions.add(ids);
        }, 3, 2000, 1000, pauses::add, () -> false);
    }

    interface Failing {
        void maybeFail(List<String> requestIds);
    }

    private GroupWriter.Item item(String requestId, int customers) {
        var drafts = Collections.nCopies(customers, new CustomerDraft("c", "N", null, null, null, null, null, null));
        return new GroupWriter.Item(new IngestionBatch.Customers(requestId, drafts), new GroupWriter.Fate() {
            @Override
            public void stored() {
                events.add("ack " + requestId);
            }

            @Override
            public void park(String reason) {
                events.add("park " + requestId + ": " + reason);
            }

            @Override
            public void parkItem(IngestionBatch part, String reason) {
                events.add("park item of " + requestId + ": " + reason);
            }

            @Override
            public void giveBack(RuntimeException failure) {
                events.add("give back " + requestId);
            }
        });
    }

    private GroupWriter.Item customers(String requestId, String... externalIds) {
        var drafts = Arrays.stream(externalIds)
                .map(id -> new CustomerDraft(id, "N", null, null, null, null, null, null)).toList();
        GroupWriter.Item template = item(requestId, 1);
        return new GroupWriter.Item(new IngestionBatch.Customers(requestId, drafts), template.fate());
    }

    @Test
    void aMessageFailingOnOneItemStoresEveryOtherItemAndParksOnlyThatOne() {
        List<String> stored = new ArrayList<>();
        new GroupWriter(batches -> {
            List<String> ids = batches.stream()
                    .flatMap(b -> ((IngestionBatch.Customers) b).customers().stream()).map(CustomerDraft::externalId).toList();
            if (ids.contains("bad")) {
                throw new IllegalArgumentException("Duplicate entry for key 'PRIMARY'");
            }
            stored.addAll(ids);
        }, 3, 2000, 1000, pauses::add, () -> false)
                .write(List.of(customers("r1", "a", "bad", "b", "c"), customers("r2", "d")));

        assertThat(stored).containsExactly("a", "b", "c", "d");
        assertThat(events).containsExactly(
                "park item of r1: failed 3 times alone: java.lang.IllegalArgumentException: Duplicate entry for key 'PRIMARY'",
                "ack r1", "ack r2");
    }

    @Test
    void anItemThatCannotBeParkedHandsTheWholeMessageBack() {
        List<String> stored = new ArrayList<>();
        GroupWriter.Item message = customers("r1", "bad", "a");
        GroupWriter.Item unparkable = new GroupWriter.Item(message.batch(), new GroupWriter.Fate() {
            @Override
            public void stored() {
                events.add("ack");
            }

            @Override
            public void park(String reason) {
                events.add("park");
            }

            @Override
            public void parkItem(IngestionBatch part, String reason) {
                throw new IllegalStateException("broker gone");
            }

            @Override
            public void giveBack(RuntimeException failure) {
                events.add("give back: " + failure.getMessage());
            }
        });
        new GroupWriter(batches -> {
            var ids = batches.stream().flatMap(b -> ((IngestionBatch.Customers) b).customers().stream())
                    .map(CustomerDraft::externalId).toList();
            if (ids.contains("bad")) {
                throw new IllegalArgumentException("bad data");
            }
            stored.addAll(ids);
        }, 2, 2000, 1000, pauses::add, () -> false).write(List.of(unparkable));

        assertThat(events).containsExactly("give back: broker gone");
        assertThat(stored).isEmpty();
    }

    @Test
    void aGroupIsWrittenInTransactionsBoundedByItemCount() {
        writer(ids -> {}).write(List.of(item("a", 1000), item("b", 900), item("c", 500), item("d", 2500)));

        assertThat(transactions).containsExactly(List.of("a", "b"), List.of("c"), List.of("d"));
        assertThat(events).containsExactly("ack a", "ack b", "ack c", "ack d");
    }

    @Test
    void aPoisonMessageIsIsolatedRetriedAndParkedWhileTheOthersAreStored() {
        AtomicInteger poisonAttempts = new AtomicInteger();
        writer(ids -> {
            if (ids.contains("bad")) {
                poisonAttempts.incrementAndGet();
                throw new IllegalArgumentException("Data too long for column 'name'");
            }
        }).write(List.of(item("a", 1), item("bad", 1), item("c", 1)));

        assertThat(events).containsExactly("ack a", "park bad: failed 3 times: java.lang.IllegalArgumentException: Data too long for column 'name'", "ack c");
        assertThat(poisonAttempts).hasValue(4); // once in the group, then three times alone
        assertThat(pauses).isEmpty();
    }

    @Test
    void anUnreachableDatabaseIsWaitedOutWithGrowingPausesAndNothingIsParked() {
        AtomicInteger calls = new AtomicInteger();
        writer(ids -> {
            if (calls.incrementAndGet() <= 5) {
                throw new IllegalStateException("commit failed", new SQLTransientConnectionException("Connection refused"));
            }
        }).write(List.of(item("a", 1), item("b", 1)));

        assertThat(events).containsExactly("ack a", "ack b");
        assertThat(pauses).containsExactly(100L, 200L, 400L, 800L, 1000L);
    }

    @Test
    void onShutdownAnOutageHandsTheMessagesBack() {
        GroupWriter stopping = new GroupWriter(batches -> {
            throw new IllegalStateException(new SQLTransientConnectionException("down"));
        }, 3, 2000, 1000, pauses::add, () -> true);
        try {
            stopping.write(List.of(item("a", 1)));
        } catch (IllegalStateException expected) {
            events.add("stopped");
        }
        assertThat(events).containsExactly("give back a", "stopped");
    }
}
