package com.minicrm.adapter.out.messaging;

import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Sends a persistent JSON message on a channel that runs with publisher confirms; the future
 * completes when the broker confirms it and fails when the broker refuses it.
 */
public final class ConfirmedSend {
    private ConfirmedSend() {}

    public static CompletableFuture<Void> send(Emitter<byte[]> emitter, byte[] body, OutgoingRabbitMQMetadata.Builder metadata) {
        CompletableFuture<Void> confirmed = new CompletableFuture<>();
        Message<byte[]> message = Message.of(body)
                .addMetadata(metadata.withDeliveryMode(2).withContentType("application/json").build())
                .withAck(() -> {
                    confirmed.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    confirmed.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            confirmed.completeExceptionally(e);
        }
        return confirmed;
    }
}
