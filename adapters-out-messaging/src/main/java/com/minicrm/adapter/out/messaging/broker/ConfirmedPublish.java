package com.minicrm.adapter.out.messaging.broker;

import com.minicrm.application.port.out.QueueUnavailableException;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Publishes persistent JSON messages and waits until the broker has confirmed every one of them,
 * so a caller that returns normally knows its messages survive a broker restart.
 */
public final class ConfirmedPublish {
    private static final OutgoingRabbitMQMetadata PERSISTENT_JSON = OutgoingRabbitMQMetadata.builder()
            .withDeliveryMode(2)
            .withContentType("application/json")
            .build();

    private ConfirmedPublish() {}

    public static void all(Emitter<JsonObject> emitter, List<JsonObject> payloads, Duration timeout) {
        List<CompletableFuture<Void>> confirms = payloads.stream().map(p -> send(emitter, p)).toList();
        try {
            CompletableFuture.allOf(confirms.toArray(CompletableFuture[]::new)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueueUnavailableException("interrupted while waiting for the broker", e);
        } catch (ExecutionException e) {
            throw new QueueUnavailableException("the broker refused a message", e.getCause());
        } catch (TimeoutException e) {
            throw new QueueUnavailableException("the broker did not confirm within " + timeout, e);
        }
    }

    /** One message; the stage fails with {@link QueueUnavailableException} unless confirmed within the timeout. */
    public static CompletableFuture<Void> one(Emitter<JsonObject> emitter, JsonObject payload, Duration timeout) {
        return one(emitter, payload, PERSISTENT_JSON, timeout);
    }

    /**
     * One message with metadata of the caller's (a message id, headers), made persistent JSON
     * here; fails as {@link #one(Emitter, JsonObject, Duration)} does.
     */
    public static <T> CompletableFuture<Void> one(Emitter<T> emitter, T payload, OutgoingRabbitMQMetadata.Builder metadata, Duration timeout) {
        return one(emitter, payload, metadata.withDeliveryMode(2).withContentType("application/json").build(), timeout);
    }

    private static <T> CompletableFuture<Void> one(Emitter<T> emitter, T payload, OutgoingRabbitMQMetadata metadata, Duration timeout) {
        return send(emitter, payload, metadata)
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(
                        new QueueUnavailableException("the broker did not confirm a message", failure)));
    }

    private static CompletableFuture<Void> send(Emitter<JsonObject> emitter, JsonObject payload) {
        return send(emitter, payload, PERSISTENT_JSON);
    }

    private static <T> CompletableFuture<Void> send(Emitter<T> emitter, T payload, OutgoingRabbitMQMetadata metadata) {
        CompletableFuture<Void> confirmed = new CompletableFuture<>();
        try {
            emitter.send(Message.of(payload, Metadata.of(metadata), () -> {
                confirmed.complete(null);
                return CompletableFuture.completedFuture(null);
            }, failure -> {
                confirmed.completeExceptionally(failure);
                return CompletableFuture.completedFuture(null);
            }));
        } catch (RuntimeException e) {
            confirmed.completeExceptionally(e);
        }
        return confirmed;
    }
}
