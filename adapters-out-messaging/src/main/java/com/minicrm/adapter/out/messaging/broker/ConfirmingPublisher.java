package com.minicrm.adapter.out.messaging.broker;

import com.minicrm.application.port.out.QueueUnavailableException;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConfirmListener;
import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Publishes to one exchange on a confirm-mode channel of its own connection and completes each
 * publish only on the broker's confirm. When the channel dies (its node crashed), every publish still
 * waiting fails at once and is sent again on a new connection, which goes to a live node, until the
 * broker confirms it or the caller's deadline passes. A publish that completes normally is therefore
 * always confirmed; one sent twice is stored once by the idempotent consumers.
 *
 * <p>A channel the broker nacked a message on is abandoned too, and the message sent again on a new
 * connection: on RabbitMQ 3.10 a channel opened on a surviving node while a quorum queue was still
 * electing its leader kept the dead leader in view and nacked every publish to that queue for as long
 * as it lived (ten minutes and more in scenario c2), while a channel opened after the election works.
 *
 * <p>Replaces the connector's outgoing channels: their publisher kept one channel whatever the broker
 * answered, and after a reconnect it kept the dead channel's unconfirmed publishes in its list and
 * matched the new channel's sequence numbers (which restart at 1) against them (docs/reliability.md).
 */
public final class ConfirmingPublisher implements ConfirmedSend, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ConfirmingPublisher.class);
    private static final long FIRST_PAUSE_MILLIS = 50;
    private static final long MAX_PAUSE_MILLIS = 1_000;

    private final BrokerConnections broker;
    private final String name;
    private final String exchange;
    private final String exchangeType;
    /** Every channel operation runs here, one at a time, so callers (event loops among them) never block. */
    private final ExecutorService thread;
    private Lane lane;

    public ConfirmingPublisher(BrokerConnections broker, String name, String exchange, String exchangeType) {
        this.broker = broker;
        this.name = name;
        this.exchange = exchange;
        this.exchangeType = exchangeType;
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "crm-publish-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Completes once the broker confirmed; fails with {@link QueueUnavailableException} if that did not happen within the timeout. */
    @Override
    public CompletableFuture<Void> publish(String routingKey, AMQP.BasicProperties properties, byte[] body, Duration timeout) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        attempt(new Publish(routingKey, properties, body), deadline, 1, result);
        return result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(failure instanceof TimeoutException
                        ? new QueueUnavailableException("the broker did not confirm within " + timeout, failure)
                        : failure));
    }

    private void attempt(Publish publish, long deadline, int attempt, CompletableFuture<Void> result) {
        if (result.isDone()) {
            return;
        }
        sendOnce(publish).whenComplete((confirmed, failure) -> {
            if (failure == null) {
                result.complete(null);
                return;
            }
            long pauseMillis = Math.min(MAX_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(attempt - 1, 5));
            if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pauseMillis) >= deadline || thread.isShutdown()) {
                result.completeExceptionally(failure instanceof QueueUnavailableException ? failure
                        : new QueueUnavailableException("the broker did not take the message", failure));
                return;
            }
            LOG.debugf("publish %d to %s failed (%s); sending it again in %d ms", attempt, exchange, failure.getMessage(), pauseMillis);
            CompletableFuture.delayedExecutor(pauseMillis, TimeUnit.MILLISECONDS)
                    .execute(() -> attempt(publish, deadline, attempt + 1, result));
        });
    }

    private CompletableFuture<Void> sendOnce(Publish publish) {
        CompletableFuture<Void> confirmed = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                try {
                    lane().publish(publish, confirmed);
                } catch (IOException | TimeoutException | RuntimeException e) {
                    closeLane();
                    confirmed.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException closed) {
            confirmed.completeExceptionally(new QueueUnavailableException("the publisher is closed", closed));
        }
        return confirmed;
    }

    /** The open channel, or a new one on a new connection. Runs on {@link #thread} only. */
    private Lane lane() throws IOException, TimeoutException {
        if (lane != null && lane.channel.isOpen() && !lane.refused) {
            return lane;
        }
        if (lane != null && lane.refused) {
            LOG.infof("the broker refused a message for %s on this channel; publishing on a new connection", exchange);
        }
        closeLane();
        Connection connection = broker.open("crm-" + name);
        try {
            lane = new Lane(connection, exchange, exchangeType);
        } catch (IOException | RuntimeException e) {
            connection.abort();
            throw e;
        }
        LOG.infof("publishing to %s through %s:%d", exchange, connection.getAddress().getHostAddress(), connection.getPort());
        return lane;
    }

    private void closeLane() {
        if (lane != null) {
            lane.channel.getConnection().abort();
            lane = null;
        }
    }

    @Override
    public void close() {
        thread.execute(this::closeLane);
        thread.shutdown();
    }

    private record Publish(String routingKey, AMQP.BasicProperties properties, byte[] body) {}

    /** One confirm-mode channel and the publishes it owes confirms for. */
    private static final class Lane implements ConfirmListener {
        final Channel channel;
        final String exchange;
        final Unconfirmed unconfirmed = new Unconfirmed();
        /** A nack: this channel's view of the queue may be stale (see the class comment), so it is not used again. */
        volatile boolean refused;

        Lane(Connection connection, String exchange, String exchangeType) throws IOException {
            this.exchange = exchange;
            this.channel = connection.createChannel();
            channel.exchangeDeclare(exchange, exchangeType, true);
            channel.addConfirmListener(this);
            channel.addShutdownListener(cause -> unconfirmed.lost(cause.getMessage()));
            channel.confirmSelect();
        }

        void publish(Publish publish, CompletableFuture<Void> confirmed) throws IOException {
            long sequenceNumber = channel.getNextPublishSeqNo();
            unconfirmed.add(sequenceNumber, confirmed);
            try {
                channel.basicPublish(exchange, publish.routingKey(), publish.properties(), publish.body());
            } catch (IOException | RuntimeException e) {
                unconfirmed.remove(sequenceNumber);
                throw e;
            }
        }

        @Override
        public void handleAck(long sequenceNumber, boolean multiple) {
            unconfirmed.confirmed(sequenceNumber, multiple);
        }

        @Override
        public void handleNack(long sequenceNumber, boolean multiple) {
            refused = true;
            unconfirmed.refused(sequenceNumber, multiple);
        }
    }
}
