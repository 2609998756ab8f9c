package com.minicrm.adapter.out.messaging.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Against the real RabbitMQ: a delivery is settled on the channel that delivered it, and one whose
 * channel has closed is left to the broker, which has already put it back.
 */
class DeliveryChannelsTest {
    private final DeliveryChannels channels = new DeliveryChannels();
    private final String queue = "crm.test.deliveries." + UUID.randomUUID();
    private Connection connection;
    private Channel admin;

    private record Delivery(String consumerTag, long deliveryTag, String body) {}

    @BeforeEach
    void fillQueue() throws Exception {
        ConnectionFactory factory = TestBroker.factory();
        factory.setMetricsCollector(channels);
        connection = factory.newConnection("crm-test-consumer");
        admin = connection.createChannel();
        admin.queueDeclare(queue, false, false, false, null);
        for (String body : List.of("a", "b", "c")) {
            admin.basicPublish("", queue, null, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    @AfterEach
    void deleteQueue() throws Exception {
        admin.queueDelete(queue);
        connection.close();
    }

    @Test
    void acknowledgementsOfADeadChannelAreDroppedAndTheRedeliveriesAreAcknowledgedOnTheirOwnChannel() throws Exception {
        Channel first = connection.createChannel();
        List<Delivery> fromFirst = consume(first, 3);
        // The first channel dies with its three deliveries unacknowledged: the broker puts them back.
        first.close();
        Channel second = connection.createChannel();
        List<Delivery> fromSecond = consume(second, 3);

        for (Delivery stale : fromFirst) {
            assertThat(channels.ack(stale.consumerTag(), stale.deliveryTag())).isFalse();
        }
        assertThat(channels.ack(fromSecond.get(0).consumerTag(), fromSecond.get(0).deliveryTag())).isTrue();
        assertThat(channels.ack(fromSecond.get(1).consumerTag(), fromSecond.get(1).deliveryTag())).isTrue();
        // A round trip: had a stale tag reached this channel, the broker would have closed it by now.
        second.queueDeclarePassive(queue);
        assertThat(second.isOpen()).isTrue();
        second.close();

        assertThat(fromSecond).extracting(Delivery::body).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(admin.queueDeclarePassive(queue).getMessageCount()).as("only the unacknowledged third redelivery is back").isEqualTo(1);
    }

    @Test
    void aStaleTagSentOnTheNewChannelIsWhatTheBrokerRefuses() throws Exception {
        Channel first = connection.createChannel();
        consume(first, 3);
        first.close();
        Channel second = connection.createChannel();
        List<Delivery> fromSecond = consume(second, 1);

        // What the connector did: the first channel's tag 3 on the channel it holds now, which delivered only tag 1.
        second.basicAck(3, false);

        assertThatThrownBy(() -> second.queueDeclarePassive(queue)).hasStackTraceContaining("unknown delivery tag");
        assertThat(fromSecond).hasSize(1);
    }

    private List<Delivery> consume(Channel channel, int count) throws Exception {
        BlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
        channel.basicQos(count);
        channel.basicConsume(queue, false, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
                received.add(new Delivery(consumerTag, envelope.getDeliveryTag(), new String(body, StandardCharsets.UTF_8)));
            }
        });
        List<Delivery> deliveries = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Delivery delivery = received.poll(10, TimeUnit.SECONDS);
            assertThat(delivery).as("delivery %d of %d", i + 1, count).isNotNull();
            deliveries.add(delivery);
        }
        return deliveries;
    }
}
