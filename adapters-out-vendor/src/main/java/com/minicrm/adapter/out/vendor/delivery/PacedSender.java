package com.minicrm.adapter.out.vendor.delivery;

import com.minicrm.domain.campaign.OutgoingMessage;
import com.minicrm.domain.campaign.RetryPolicy;
import com.minicrm.domain.campaign.SendResult;
import com.minicrm.domain.campaign.VendorReply;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Sends messages in batches under the instance's limits, and decides retries message by message.
 * A semaphore bounds the messages in flight, {@link SendRate} paces them, and {@link RetryPolicy}
 * picks the messages of a batch worth trying again (429, 5xx, unreachable): after the backoff for
 * that attempt they go out again together, while the rest of the batch is settled at once.
 */
final class PacedSender {
    /** Calls the vendor for a batch and answers one reply per message, in the batch's order; never fails. */
    interface Transport extends Function<List<OutgoingMessage>, Uni<List<VendorReply>>> {}

    private final Transport transport;
    private final RetryPolicy policy;
    private final SendRate rate;
    private final Semaphore inFlight;
    private final int batchSize;
    private final SplittableRandom jitterSource = new SplittableRandom();

    PacedSender(Transport transport, RetryPolicy policy, SendRate rate, int concurrency, int batchSize) {
        if (concurrency < 1 || batchSize < 1) {
            throw new IllegalArgumentException("concurrency and batch size must be positive");
        }
        this.transport = transport;
        this.policy = policy;
        this.rate = rate;
        this.inFlight = new Semaphore(concurrency);
        this.batchSize = Math.min(batchSize, concurrency);
    }

    /** Blocks the calling worker thread while the concurrency limit is reached, then until all are settled. */
    List<SendResult> send(List<OutgoingMessage> messages) {
        List<CompletableFuture<List<SendResult>>> pending = new ArrayList<>();
        for (int from = 0; from < messages.size(); from += batchSize) {
            List<OutgoingMessage> batch = List.copyOf(messages.subList(from, Math.min(messages.size(), from + batchSize)));
            inFlight.acquireUninterruptibly(batch.size());
            pending.add(attempt(batch, 1).subscribeAsCompletionStage());
        }
        List<SendResult> results = new ArrayList<>(messages.size());
        pending.forEach(batch -> results.addAll(batch.join()));
        return results;
    }

    /** Settles what this attempt decided and frees their permits; the rest go round again after the backoff. */
    private Uni<List<SendResult>> attempt(List<OutgoingMessage> batch, int attempt) {
        return pause(rate.reserve(batch.size()))
                .chain(() -> transport.apply(batch))
                .onFailure().recoverWithItem(failure -> unreachable(batch.size(), failure))
                .chain(replies -> {
                    List<SendResult> settled = new ArrayList<>(batch.size());
                    List<OutgoingMessage> again = new ArrayList<>();
                    for (int i = 0; i < batch.size(); i++) {
                        VendorReply reply = replies.get(i);
                        if (policy.shouldRetry(reply, attempt)) {
                            again.add(batch.get(i));
                        } else {
                            settled.add(new SendResult(batch.get(i).messageId(), reply, attempt));
                        }
                    }
                    inFlight.release(settled.size());
                    if (again.isEmpty()) {
                        return Uni.createFrom().item(settled);
                    }
                    return pause(nextDelay(attempt)).chain(() -> attempt(again, attempt + 1)).map(later -> {
                        settled.addAll(later);
                        return settled;
                    });
                });
    }

    /** A transport is not meant to fail, but if it does the messages count as unreachable, which is retried. */
    private static List<VendorReply> unreachable(int size, Throwable failure) {
        VendorReply reply = new VendorReply.Unreachable(failure.getClass().getSimpleName() + ": " + failure.getMessage());
        List<VendorReply> replies = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            replies.add(reply);
        }
        return replies;
    }

    /**
     * Mutiny refuses a zero delay and the Vert.x timer behind it one under a millisecond, which the
     * send rate hands out whenever a slot is less than 1 ms away; most sends need no pause at all.
     */
    private static Uni<Void> pause(Duration duration) {
        Uni<Void> now = Uni.createFrom().voidItem();
        return duration.isZero() ? now : now.onItem().delayIt().by(duration.toMillis() < 1 ? Duration.ofMillis(1) : duration);
    }

    private Duration nextDelay(int attempt) {
        synchronized (jitterSource) {
            return policy.delayAfter(attempt, jitterSource);
        }
    }
}
