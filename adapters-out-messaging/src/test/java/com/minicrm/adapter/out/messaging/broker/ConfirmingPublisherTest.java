package com.minicrm.adapter.out.messaging.broker;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.GetResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the real RabbitMQ: a publish completes only once confirmed, and survives the loss of its node and a nack. */
class ConfirmingPublisherTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final String exchange = "crm.test.publisher." + UUID.randomUUID();
    private final String queue = exchange + ".q";
    private Connection admin;
    private Channel channel;

    @BeforeEach
    void declareQueue() throws Exception {
        admin = TestBroker.connect();
        channel = admin.createChannel();
        channel.exchangeDeclare(exchange, "direct", true);
    }

    @AfterEach
    void deleteQueue() throws Exception {
        channel.queueDelete(queue);
        channel.exchangeDelete(exchange);
        admin.close();
    }

    @Test
    void aCompletedPublishIsInTheQueue() throws Exception {
        bindQueue(Map.of());
        try (ConfirmingPublisher publisher = publisher("127.0.0.1:5672")) {
            publisher.publish("k", ConfirmedPublish.persistentJson().build(), body("one"), TIMEOUT).get(15, TimeUnit.SECONDS);
        }

        assertThat(bodies()).containsExactly("one");
    }

    @Test
    void aPublishWhoseNodeDiesBeforeItsConfirmIsSentAgainToTheNextNodeAndConfirmed() throws Exception {
        bindQueue(Map.of());
        try (CuttableProxy node1 = new CuttableProxy(TestBroker.HOST, TestBroker.PORT);
                ConfirmingPublisher publisher = publisher(node1.address() + ",127.0.0.1:5672")) {
            publisher.publish("k", ConfirmedPublish.persistentJson().build(), body("before"), TIMEOUT).get(15, TimeUnit.SECONDS);
            node1.holdReplies();

            CompletableFuture<Void> inFlight = publisher.publish("k", ConfirmedPublish.persistentJson().build(), body("during"), TIMEOUT);
            // a fixed pause, not a wait: the crash must come while the publish is (most likely) still unconfirmed
            Thread.sleep(500);
            boolean confirmedBeforeTheCrash = inFlight.isDone();
            node1.cut();
            inFlight.get(15, TimeUnit.SECONDS);

            assertThat(confirmedBeforeTheCrash).as("confirmed although node 1 never answered").isFalse();
        }
        // Node 1 (the proxy) relayed the first copy before it died; the second copy went to the live node.
        assertThat(bodies()).startsWith("before").contains("during");
    }

    @Test
    void aNackedPublishIsSentAgainUntilTheBrokerTakesIt() throws Exception {
        bindQueue(Map.of("x-max-length", 1, "x-overflow", "reject-publish"));
        try (ConfirmingPublisher publisher = publisher("127.0.0.1:5672")) {
            publisher.publish("k", ConfirmedPublish.persistentJson().build(), body("first"), TIMEOUT).get(15, TimeUnit.SECONDS);

            CompletableFuture<Void> second = publisher.publish("k", ConfirmedPublish.persistentJson().build(), body("second"), TIMEOUT);
            // a fixed pause, not a wait: long enough for a few nack-and-resend rounds while the queue stays full
            Thread.sleep(700);
            boolean confirmedWhileFull = second.isDone();
            GetResponse first = channel.basicGet(queue, true);
            second.get(15, TimeUnit.SECONDS);

            assertThat(confirmedWhileFull).as("confirmed while the queue refused it").isFalse();
            assertThat(new String(first.getBody(), StandardCharsets.UTF_8)).isEqualTo("first");
        }
        assertThat(bodies()).containsExactly("second");
    }

    @Test
    void aPublishTheBrokerKeepsRefusingFailsAtTheDeadline() throws Exception {
        bindQueue(Map.of("x-max-length", 0, "x-overflow", "reject-publish"));
        try (ConfirmingPublisher publisher = publisher("127.0.0.1:5672")) {
            long start = System.nanoTime();
            CompletableFuture<Void> refused = publisher.publish("k", ConfirmedPublish.persistentJson().build(), body("never"), Duration.ofSeconds(2));

            assertThat(refused).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .havingCause().isInstanceOf(com.minicrm.application.port.out.QueueUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(1_000), Duration.ofSeconds(5));
        }
    }

    private ConfirmingPublisher publisher(String addresses) {
        return new ConfirmingPublisher(TestBroker.connections(addresses), "test", exchange, "direct");
    }

    private void bindQueue(Map<String, Object> arguments) throws Exception {
        channel.queueDeclare(queue, false, false, false, arguments);
        channel.queueBind(queue, exchange, "k");
    }

    private List<String> bodies() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (GetResponse r = channel.basicGet(queue, true); r != null; r = channel.basicGet(queue, true)) {
            bodies.add(new String(r.getBody(), StandardCharsets.UTF_8));
        }
        return bodies;
    }

    private static byte[] body(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
