package com.minicrm.adapter.out.messaging.broker;

import com.rabbitmq.client.AMQP;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Sends one message and completes only on the broker's confirm, failing with QueueUnavailableException otherwise. */
@FunctionalInterface
public interface ConfirmedSend {
    CompletableFuture<Void> publish(String routingKey, AMQP.BasicProperties properties, byte[] body, Duration timeout);
}
