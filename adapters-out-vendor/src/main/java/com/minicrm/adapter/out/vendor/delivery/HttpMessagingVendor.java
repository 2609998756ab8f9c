package com.minicrm.adapter.out.vendor.delivery;

import com.minicrm.application.port.out.MessagingVendor;
import com.minicrm.domain.campaign.OutgoingMessage;
import com.minicrm.domain.campaign.RetryPolicy;
import com.minicrm.domain.campaign.SendResult;
import com.minicrm.domain.campaign.VendorReply;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;

/**
 * Sends messages to the vendor over HTTP. A semaphore bounds the messages in flight on this
 * instance, {@link SendRate} paces them, and {@link RetryPolicy} decides on 429, 5xx and timeouts.
 */
@ApplicationScoped
class HttpMessagingVendor implements MessagingVendor {
    private final VendorApi api;
    private final VendorConfig config;
    private final RetryPolicy policy;
    private final SendRate rate;
    private final Semaphore inFlight;
    private final SplittableRandom jitterSource = new SplittableRandom();

    HttpMessagingVendor(VendorConfig config) {
        this.config = config;
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(config.url()))
                .connectTimeout(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                // One connection per message in flight, so the pool never becomes a second, hidden limit.
                .property(QuarkusRestClientProperties.CONNECTION_POOL_SIZE, config.concurrency())
                .build(VendorApi.class);
        VendorConfig.Retry retry = config.retry();
        this.policy = new RetryPolicy(retry.maxAttempts(), retry.baseDelay(), retry.maxDelay(), retry.jitter());
        this.rate = new SendRate(config.ratePerSecond());
        this.inFlight = new Semaphore(config.concurrency());
    }

    /** Blocks the calling worker thread while the concurrency limit is reached, then until all are settled. */
    @Override
    public List<SendResult> send(List<OutgoingMessage> messages) {
        List<CompletableFuture<SendResult>> pending = new ArrayList<>(messages.size());
        for (OutgoingMessage message : messages) {
            inFlight.acquireUninterruptibly();
            pending.add(attempt(message, 1)
                    .eventually(() -> inFlight.release())
                    .subscribeAsCompletionStage());
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }

    private Uni<SendResult> attempt(OutgoingMessage message, int attempt) {
        return pause(rate.reserve())
                .chain(() -> call(message))
                .chain(reply -> {
                    if (!policy.shouldRetry(reply, attempt)) {
                        return Uni.createFrom().item(new SendResult(message.messageId(), reply, attempt));
                    }
                    Duration backoff = nextDelay(attempt);
                    return pause(backoff).chain(() -> attempt(message, attempt + 1));
                });
    }

    /**
     * Mutiny refuses a zero delay and the Vert.x timer behind it one under a millisecond, which the
     * send rate hands out whenever a slot is less than 1 ms away; most sends need no pause at all.
     */
    private static Uni<Void> pause(Duration duration) {
        Uni<Void> now = Uni.createFrom().voidItem();
        return duration.isZero() ? now : now.onItem().delayIt().by(duration.toMillis() < 1 ? Duration.ofMillis(1) : duration);
    }

    private Uni<VendorReply> call(OutgoingMessage message) {
        VendorApi.VendorRequest request = new VendorApi.VendorRequest(
                message.messageId(), message.channel().name(), message.recipient(), message.body(), config.callbackUrl());
        return api.send(request)
                .ifNoItem().after(config.requestTimeout()).fail()
                .<VendorReply>map(accepted -> new VendorReply.Accepted(accepted.vendorMessageId()))
                .onFailure().recoverWithItem(HttpMessagingVendor::toReply);
    }

    private static VendorReply toReply(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            return new VendorReply.Rejected(web.getResponse().getStatus(), web.getResponse().getStatusInfo().getReasonPhrase());
        }
        if (failure instanceof TimeoutException) {
            return new VendorReply.Unreachable("no answer in time");
        }
        return new VendorReply.Unreachable(failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    private Duration nextDelay(int attempt) {
        synchronized (jitterSource) {
            return policy.delayAfter(attempt, jitterSource);
        }
    }
}
