package com.minicrm.adapter.out.vendor.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.campaign.OutgoingMessage;
import com.minicrm.domain.campaign.RetryPolicy;
import com.minicrm.domain.campaign.SendResult;
import com.minicrm.domain.campaign.VendorReply;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Batching, per-message retries and the in-flight bound of the vendor client, against a scripted vendor. */
class PacedSenderTest {
    private static final int MAX_ATTEMPTS = 4;
    private static final RetryPolicy FAST_RETRIES = new RetryPolicy(MAX_ATTEMPTS, Duration.ofMillis(1), Duration.ofMillis(5), 0.5);
    private final List<List<Long>> calls = new CopyOnWriteArrayList<>();
    private final Map<Long, AtomicInteger> tries = new ConcurrentHashMap<>();

    @Test
    void messagesGoOutInBatchesOfTheConfiguredSizeAndAllAreAcceptedOnce() {
        PacedSender sender = sender(vendor(id -> accepted(id)), 1000, 100);

        List<SendResult> results = sender.send(messages(250));

        assertThat(calls).extracting(List::size).containsExactly(100, 100, 50);
        assertThat(results).hasSize(250).allSatisfy(r -> {
            assertThat(r.accepted()).isTrue();
            assertThat(r.attempts()).isEqualTo(1);
        });
        assertThat(results).extracting(SendResult::messageId).containsExactlyInAnyOrderElementsOf(ids(250));
    }

    @Test
    void onlyTheRefusedMessagesOfABatchAreSentAgainAndThenTaken() {
        PacedSender sender = sender(vendor(id -> id % 3 == 0 && tries(id) == 1 ? new VendorReply.Rejected(429, "slow down") : accepted(id)),
                1000, 100);

        List<SendResult> results = sender.send(messages(30));

        assertThat(calls).hasSize(2);
        assertThat(calls.get(1)).containsExactlyInAnyOrderElementsOf(ids(30).stream().filter(id -> id % 3 == 0).toList());
        assertThat(results).hasSize(30).allSatisfy(r -> {
            assertThat(r.accepted()).isTrue();
            assertThat(r.attempts()).isEqualTo(r.messageId() % 3 == 0 ? 2 : 1);
        });
    }

    @Test
    void aMessageRefusedEveryTimeFailsAfterTheMaximumWithTheLastReply() {
        PacedSender sender = sender(vendor(id -> id == 7 ? new VendorReply.Rejected(503, "busy") : accepted(id)), 1000, 10);

        SendResult seven = byId(sender.send(messages(10))).get(7L);

        assertThat(seven.accepted()).isFalse();
        assertThat(seven.attempts()).isEqualTo(MAX_ATTEMPTS);
        assertThat(tries(7)).isEqualTo(MAX_ATTEMPTS);
        assertThat(seven.failure(java.time.Instant.EPOCH).orElseThrow().reason()).isEqualTo("vendor answered 503: busy after 4 attempt(s)");
    }

    @Test
    void aRefusalThatIsNotWorthRetryingSettlesAtOnce() {
        PacedSender sender = sender(vendor(id -> id == 2 ? new VendorReply.Rejected(400, "bad number") : accepted(id)), 1000, 10);

        SendResult two = byId(sender.send(messages(5))).get(2L);

        assertThat(two.attempts()).isEqualTo(1);
        assertThat(calls).hasSize(1);
    }

    @Test
    void aWholeBatchThatFailsIsTriedAgainAsUnreachable() {
        AtomicInteger batches = new AtomicInteger();
        PacedSender.Transport flaky = batch -> {
            calls.add(batch.stream().map(OutgoingMessage::messageId).toList());
            return batches.incrementAndGet() == 1
                    ? Uni.createFrom().failure(new IllegalStateException("connection reset"))
                    : Uni.createFrom().item(batch.stream().<VendorReply>map(m -> accepted(m.messageId())).toList());
        };

        List<SendResult> results = sender(flaky, 1000, 100).send(messages(20));

        assertThat(calls).hasSize(2);
        assertThat(results).allSatisfy(r -> assertThat(r.attempts()).isEqualTo(2));
    }

    @Test
    void neverMoreMessagesInFlightThanTheConcurrencyAllows() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        PacedSender.Transport slow = batch -> {
            mostInFlight.accumulateAndGet(inFlight.addAndGet(batch.size()), Math::max);
            return Uni.createFrom().item(batch.stream().<VendorReply>map(m -> accepted(m.messageId())).toList())
                    .onItem().delayIt().by(Duration.ofMillis(5))
                    .invoke(() -> inFlight.addAndGet(-batch.size()));
        };

        List<SendResult> results = sender(slow, 40, 25).send(messages(400));

        assertThat(results).hasSize(400);
        assertThat(mostInFlight.get()).isLessThanOrEqualTo(40).isPositive();
    }

    private PacedSender sender(PacedSender.Transport transport, int concurrency, int batchSize) {
        return new PacedSender(transport, FAST_RETRIES, new SendRate(0), concurrency, batchSize);
    }

    /** A vendor that answers each message by the script, after counting the try. */
    private PacedSender.Transport vendor(Function<Long, VendorReply> script) {
        return batch -> {
            calls.add(batch.stream().map(OutgoingMessage::messageId).toList());
            return Uni.createFrom().item(batch.stream().map(m -> {
                tries.computeIfAbsent(m.messageId(), id -> new AtomicInteger()).incrementAndGet();
                return script.apply(m.messageId());
            }).toList());
        };
    }

    private int tries(long id) {
        AtomicInteger count = tries.get(id);
        return count == null ? 0 : count.get();
    }

    private static VendorReply accepted(long id) {
        return new VendorReply.Accepted("v-" + id);
    }

    private static List<Long> ids(int n) {
        return LongStream.rangeClosed(1, n).boxed().toList();
    }

    private static List<OutgoingMessage> messages(int n) {
        return ids(n).stream().map(id -> new OutgoingMessage(id, Channel.SMS, "+91 90000 00000", "Hi")).toList();
    }

    private static Map<Long, SendResult> byId(List<SendResult> results) {
        return results.stream().collect(Collectors.toMap(SendResult::messageId, r -> r));
    }
}
