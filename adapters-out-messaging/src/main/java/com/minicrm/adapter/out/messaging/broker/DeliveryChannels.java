package com.minicrm.adapter.out.messaging.broker;

import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.NoOpMetricsCollector;
import io.smallrye.reactive.messaging.ClientCustomizer;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMessage;
import io.vertx.rabbitmq.RabbitMQOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Settles each delivery on the channel that delivered it. The connector acknowledges by delivery tag on
 * whatever channel its client holds now, so after a failover the tags of deliveries from the dead
 * channel reach the new one, which the broker closes ({@code PRECONDITION_FAILED - unknown delivery
 * tag}); that loop returned messages until they passed the queue's delivery limit and were
 * dead-lettered. Here a delivery whose channel has closed is not settled at all: the broker has
 * already returned it to the queue, and the consumers store a redelivery idempotently.
 *
 * <p>Channels are learnt through the client's metrics hook, which sees every delivery with its channel
 * and consumer tag (broker-generated, so unique per consumer and channel). An entry is kept for the
 * app's lifetime, one per consume, so a late delivery of a dead channel is still recognised as one.
 */
@ApplicationScoped
public class DeliveryChannels extends NoOpMetricsCollector implements ClientCustomizer<RabbitMQOptions> {
    private static final Logger LOG = Logger.getLogger(DeliveryChannels.class);
    private final Map<String, Channel> byConsumerTag = new ConcurrentHashMap<>();

    @Override
    public RabbitMQOptions customize(String channel, Config channelConfig, RabbitMQOptions options) {
        if (options.getMetricsCollector() == null) {
            options.setMetricsCollector(this);
        } else {
            LOG.warnf("channel %s has a metrics collector of its own; its deliveries are settled by the connector", channel);
        }
        return options;
    }

    @Override
    public void consumedMessage(Channel channel, long deliveryTag, String consumerTag) {
        byConsumerTag.putIfAbsent(consumerTag, channel);
    }

    /** Acknowledges the message on its own channel; a no-op if that channel has closed. */
    public CompletionStage<Void> ack(Message<?> message) {
        if (!(message instanceof IncomingRabbitMQMessage<?> incoming)) {
            return message.ack();
        }
        return settle(incoming.message.consumerTag(), incoming.message.envelope().getDeliveryTag(),
                (channel, tag) -> channel.basicAck(tag, false), message::ack);
    }

    /** Acknowledges one delivery of a consumer on that consumer's channel; false if it was not, its channel having closed. */
    boolean ack(String consumerTag, long deliveryTag) {
        boolean[] sent = {false};
        settle(consumerTag, deliveryTag, (channel, tag) -> {
            channel.basicAck(tag, false);
            sent[0] = true;
        }, () -> {
            throw new IllegalStateException("no delivery of consumer " + consumerTag + " was seen");
        });
        return sent[0];
    }

    /** Returns the message to the queue on its own channel; a no-op if that channel has closed (the broker returned it). */
    public CompletionStage<Void> requeue(Message<?> message, Throwable reason) {
        if (!(message instanceof IncomingRabbitMQMessage<?> incoming)) {
            return message.nack(reason);
        }
        return settle(incoming.message.consumerTag(), incoming.message.envelope().getDeliveryTag(),
                (channel, tag) -> channel.basicNack(tag, false, true), () -> message.nack(reason));
    }

    /** Acknowledges every message of a batch whose work is committed. */
    public void ackAll(List<? extends Message<?>> messages) {
        messages.forEach(this::ack);
    }

    /** Returns every message of a batch whose work failed. */
    public void requeueAll(List<? extends Message<?>> messages, Throwable reason) {
        messages.forEach(message -> requeue(message, reason));
    }

    /** Settles one delivery by consumer and delivery tag; {@code unknown} runs when its channel was never seen. */
    CompletionStage<Void> settle(String consumerTag, long deliveryTag, Settlement settlement,
            Supplier<CompletionStage<Void>> unknown) {
        Channel channel = consumerTag == null ? null : byConsumerTag.get(consumerTag);
        if (channel == null) {
            return unknown.get();
        }
        if (!channel.isOpen()) {
            dropped(consumerTag, deliveryTag);
            return CompletableFuture.completedFuture(null);
        }
        try {
            settlement.apply(channel, deliveryTag);
        } catch (AlreadyClosedException | IOException closedMeanwhile) {
            dropped(consumerTag, deliveryTag);
        }
        return CompletableFuture.completedFuture(null);
    }

    private static void dropped(String consumerTag, long deliveryTag) {
        LOG.debugf("not settling delivery %d of consumer %s: its channel closed, so the broker delivers it again", deliveryTag, consumerTag);
    }

    /** An acknowledgement or a rejection of one delivery tag on one channel. */
    @FunctionalInterface
    interface Settlement {
        void apply(Channel channel, long deliveryTag) throws IOException;
    }
}
