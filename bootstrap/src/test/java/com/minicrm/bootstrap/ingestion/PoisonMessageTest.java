package com.minicrm.bootstrap.ingestion;

import static com.minicrm.bootstrap.ingestion.Api.awaitCustomer;
import static com.minicrm.bootstrap.ingestion.Api.post;
import static com.minicrm.bootstrap.ingestion.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A message that can never be stored ends in the dead-letter queue with its reason, and the queue flows on. */
@QuarkusTest
class PoisonMessageTest {
    @ConfigProperty(name = "rabbitmq-virtual-host")
    String virtualHost;

    @Test
    void anUnstorableMessageIsDeadLetteredWithItsReasonAndDoesNotBlockTheQueue() throws Exception {
        String marker = unique("poison");
        String unreadable = "not json at all " + marker;
        String invalid = "{\"kind\": \"customers\", \"requestId\": \"" + marker + "\", \"customers\": [{\"externalId\": \"\", \"name\": \"" + marker + "\"}]}";
        String after = unique("after-poison");

        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setVirtualHost(virtualHost);
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            AMQP.BasicProperties json = new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).build();
            channel.basicPublish("crm.ingestion", "ingest", json, unreadable.getBytes(StandardCharsets.UTF_8));
            channel.basicPublish("crm.ingestion", "ingest", json, invalid.getBytes(StandardCharsets.UTF_8));
            post("/api/v1/customers", "{\"externalId\": \"%s\", \"name\": \"Still flowing\"}".formatted(after)).statusCode(202);

            awaitCustomer(after);
            List<String> reasons = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                collectReasons(channel, marker, reasons);
                return reasons.size() == 2;
            });
            assertThat(reasons).anyMatch(r -> r.startsWith("unreadable message"));
            assertThat(reasons).anyMatch(r -> r.contains("customers[0].externalId is required"));
        }
    }

    private static void collectReasons(Channel channel, String marker, List<String> reasons) throws Exception {
        GetResponse message;
        while ((message = channel.basicGet("crm.ingestion.dlq", true)) != null) {
            String body = new String(message.getBody(), StandardCharsets.UTF_8);
            Map<String, Object> headers = message.getProps().getHeaders();
            if (body.contains(marker) && headers != null && headers.get("x-crm-failure-reason") != null) {
                reasons.add(headers.get("x-crm-failure-reason").toString());
            }
        }
    }
}
