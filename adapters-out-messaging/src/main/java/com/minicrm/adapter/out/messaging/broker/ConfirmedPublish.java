package com.minicrm.adapter.out.messaging.broker;

import com.minicrm.application.port.out.QueueUnavailableException;
import com.rabbitmq.client.AMQP;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes persistent JSON messages and waits until the broker has confirmed every one of them,
 * so a caller that returns normally knows its messages survive a broker restart.
 */
public final class ConfirmedPublish {
    private ConfirmedPublish() {}

    /** Persistent JSON properties, to which a caller may add a message id or headers. */
    public static AMQP.BasicProperties.Builder persistentJson() {
        return new AMQP.BasicProperties.Builder().deliveryMode(2).contentType("application/json");
    }

    public static void all(ConfirmedSend publisher, String routingKey, List<JsonObject> payloads, Duration timeout) {
        List<CompletableFuture<Void>> confirms = payloads.stream().map(p -> one(publisher, routingKey, p, timeout)).toList();
        try {
            CompletableFuture.allOf(confirms.toArray(CompletableFuture[]::new)).get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueueUnavailableException("interrupted while waiting for the broker", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof QueueUnavailableException unavailable ? unavailable
                    : new QueueUnavailableException("the broker refused a message", e.getCause());
        } catch (TimeoutException e) {
            throw new QueueUnavailableException("the broker did not confirm within " + timeout, e);
        }
    }

    /** One message; the stage fails with {@link QueueUnavailableException} unless confirmed within the timeout. */
    public static CompletableFuture<Void> one(ConfirmedSend publisher, String routingKey, JsonObject payload, Duration timeout) {
        return publisher.publish(routingKey, persistentJson().build(), payload.encode().getBytes(StandardCharsets.UTF_8), timeout);
    }
}
