package com.minicrm.bootstrap.hostile;

import static com.minicrm.bootstrap.hostile.Bodies.PROBLEM;
import static com.minicrm.bootstrap.hostile.Bodies.authed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A NUL or a lone UTF-16 surrogate cannot be stored (utf8mb4 turns it into '?' or the writer fails),
 * so a 202 for one would be a broken promise: every text field of every body refuses them by name.
 */
@QuarkusTest
class UnstorableTextTest {
    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "rabbitmq-virtual-host")
    String virtualHost;

    @Test
    void nulAndLoneSurrogatesInAnyIngestedFieldAreRefusedByNameAndNothingIsQueued() throws Exception {
        String p = "unsafe-" + UUID.randomUUID() + "-";
        // The bodies are written by hand: JSON escapes reach the server exactly as a hostile client sends them.
        Map<String, String> refused = Map.of(
                "{\"externalId\":\"" + p + "o1\",\"customerExternalId\":\"\\ud800\",\"amount\":1,\"orderedAt\":\"2026-01-01T00:00:00Z\"}", "customerExternalId",
                "{\"externalId\":\"" + p + "o2\",\"customerExternalId\":\"" + p + "c\",\"amount\":1,\"orderedAt\":\"2026-01-01T00:00:00Z\","
                        + "\"items\":[{\"sku\":\"a\",\"name\":\"x\\u0000y\"}]}", "items[0].name",
                "{\"externalId\":\"" + p + "c1\",\"name\":\"N\\u0000\"}", "name",
                "{\"externalId\":\"" + p + "c2\",\"name\":\"N\",\"tags\":[\"ok\",\"\\udfff\"]}", "tags[1]",
                "{\"externalId\":\"" + p + "c3\",\"name\":\"N\",\"attributes\":{\"note\":{\"deep\":[\"\\ud83d\"]}}}", "attributes.note.deep[0]",
                "{\"externalId\":\"" + p + "c4\",\"name\":\"N\",\"attributes\":{\"k\\u0000\":\"v\"}}", "attributes");
        for (Map.Entry<String, String> body : refused.entrySet()) {
            String path = body.getKey().contains("amount") ? "/api/v1/orders" : "/api/v1/customers";
            authed().body(body.getKey()).post(path).then().statusCode(422).contentType(startsWith(PROBLEM))
                    .body("errors.field", hasItem(body.getValue()));
        }
        authed().body("{\"customers\":[{\"externalId\":\"" + p + "b0\",\"name\":\"Fine\"},{\"externalId\":\"" + p + "b1\",\"name\":\"B\",\"city\":\"\\udc00x\"}]}")
                .post("/api/v1/customers/batch").then().statusCode(422).contentType(startsWith(PROBLEM))
                .body("errors.field", hasItem("customers[1].city"));
        assertThat(Bodies.storedAfterwards(dataSource, p)).isZero();
    }

    @Test
    void theSameHoldsForSegmentsCampaignsAndAiRequests() {
        authed().body("{\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\",\"value\":\"\\ud800\"}]}}")
                .post("/api/v1/segments/preview").then().statusCode(422).contentType(startsWith(PROBLEM))
                .body("errors.field", hasItem("rule.rules[0].value"));
        authed().body("{\"name\":\"S\\u0000\",\"rule\":{\"combinator\":\"and\",\"rules\":[]}}")
                .post("/api/v1/segments").then().statusCode(422).contentType(startsWith(PROBLEM))
                .body("errors.field", hasItem("name"));
        authed().body("{\"objective\":\"win back \\udbff\"}")
                .post("/api/v1/ai/message-suggestions").then().statusCode(422).contentType(startsWith(PROBLEM))
                .body("errors.field", hasItem("objective"));
    }

    /** Should such a message reach the queue anyway, it is parked with a reason naming the field, never an NPE. */
    @Test
    void aQueuedMessageWithALoneSurrogateIsDeadLetteredWithItsReason() throws Exception {
        String marker = "queued-unsafe-" + UUID.randomUUID();
        String message = "{\"kind\":\"orders\",\"requestId\":\"" + marker + "\",\"orders\":[{\"externalId\":\"" + marker
                + "\",\"customerExternalId\":\"\\ud800\",\"amount\":1,\"orderedAt\":\"2026-01-01T00:00:00Z\"}]}";
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setVirtualHost(virtualHost);
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            AMQP.BasicProperties json = new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).build();
            channel.basicPublish("crm.ingestion", "ingest", json, message.getBytes(StandardCharsets.UTF_8));
            List<String> reasons = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                GetResponse parked;
                while ((parked = channel.basicGet("crm.ingestion.dlq", true)) != null) {
                    Object reason = parked.getProps().getHeaders() == null ? null : parked.getProps().getHeaders().get("x-crm-failure-reason");
                    if (new String(parked.getBody(), StandardCharsets.UTF_8).contains(marker) && reason != null) {
                        reasons.add(reason.toString());
                    }
                }
                return !reasons.isEmpty();
            });
            assertThat(reasons.get(0)).contains("customerExternalId").doesNotContain("NullPointerException");
        }
    }
}
