package com.minicrm.bootstrap.hostile;

import static com.minicrm.bootstrap.hostile.Bodies.PROBLEM;
import static com.minicrm.bootstrap.hostile.Bodies.authed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A body is one JSON document and nothing else, and text fields take text, never a number or boolean. */
@QuarkusTest
class StrictJsonTest {
    @Inject
    DataSource dataSource;

    @Test
    void aByteOrderMarkOrAnythingAfterTheDocumentIsMalformedAndNothingIsQueued() throws Exception {
        String p = "strict-" + UUID.randomUUID() + "-";
        String valid = "{\"externalId\":\"" + p + "%s\",\"name\":\"Valid\"}";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        List<byte[]> bodies = List.of(
                concat(bom, valid.formatted("bom").getBytes(StandardCharsets.UTF_8)),
                (valid.formatted("garbage") + "garbage").getBytes(StandardCharsets.UTF_8),
                (valid.formatted("second") + valid.formatted("second2")).getBytes(StandardCharsets.UTF_8),
                (valid.formatted("bracket") + "]").getBytes(StandardCharsets.UTF_8));
        for (byte[] body : bodies) {
            authed().body(body).post("/api/v1/customers").then().statusCode(400).contentType(startsWith(PROBLEM))
                    .body("title", is("Malformed JSON"));
        }
        authed().body(("{\"customers\":[" + valid.formatted("batch") + "]} 1").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/customers/batch").then().statusCode(400).contentType(startsWith(PROBLEM));
        assertThat(Bodies.storedAfterwards(dataSource, p)).isZero();
    }

    @Test
    void attributeNumbersThatWouldNotComeBackAsSentAreRefusedByName() throws Exception {
        String p = "numbers-" + UUID.randomUUID() + "-";
        Map<String, String> refused = Map.of("huge", "1e999999", "tiny", "1e-999999", "long", "1234567890.123456789012345678901234567890");
        for (Map.Entry<String, String> number : refused.entrySet()) {
            authed().body("{\"externalId\":\"" + p + number.getKey() + "\",\"name\":\"N\",\"attributes\":{\"" + number.getKey()
                    + "\":" + number.getValue() + "}}").post("/api/v1/customers").then().statusCode(422).contentType(startsWith(PROBLEM))
                    .body("errors.field", hasItem("attributes." + number.getKey()));
        }
        assertThat(Bodies.storedAfterwards(dataSource, p)).isZero();
        authed().body("{\"externalId\":\"" + p + "ok\",\"name\":\"N\",\"attributes\":{\"price\":12.50,\"n\":12345678901234567890}}")
                .post("/api/v1/customers").then().statusCode(202);
    }

    @Test
    void overlongUtf8IsMalformedRatherThanReadAsADot() throws Exception {
        String p = "overlong-" + UUID.randomUUID() + "-";
        byte[] head = ("{\"externalId\":\"" + p + "x\",\"name\":\"a").getBytes(StandardCharsets.UTF_8);
        byte[] body = concat(concat(head, new byte[] {(byte) 0xC0, (byte) 0xAE}), "b\"}".getBytes(StandardCharsets.UTF_8));

        authed().body(body).post("/api/v1/customers").then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("title", is("Malformed JSON"));
        assertThat(Bodies.storedAfterwards(dataSource, p)).isZero();
    }

    @Test
    void textOrANumberWhereABooleanBelongsIsRefusedByNameAndNothingIsCreated() throws Exception {
        String name = "coerced-" + UUID.randomUUID();
        String body = """
                {"name": "%s", "rule": {"combinator": "and", "rules": [{"field": "city", "operator": "=", "value": "Nowhere"}]},
                 "template": "Hi", "channel": "SMS", "scheduledAt": "2099-01-01T00:00:00Z", "transactional": %s}""";
        for (String value : List.of("\"true\"", "\"TRUE\"", "1", "\"false\"", "0", "\"\"")) {
            authed().body(body.formatted(name, value)).post("/api/v1/campaigns").then().statusCode(422)
                    .contentType(startsWith(PROBLEM)).body("errors.field", hasItem("transactional"));
        }
        assertThat(campaignsNamed(name)).isZero();
        authed().body(body.formatted(name, "true")).post("/api/v1/campaigns").then().statusCode(201).body("transactional", is(true));
    }

    @Test
    void aNumberBooleanObjectOrListWhereTextBelongsIsRefusedByName() throws Exception {
        String p = "typed-" + UUID.randomUUID() + "-";
        Map<String, String> refused = Map.of(
                "{\"externalId\":\"" + p + "a\",\"name\":true}", "name",
                "{\"externalId\":18446744073709551616,\"name\":\"Big\"}", "externalId",
                "{\"externalId\":\"" + p + "b\",\"name\":\"N\",\"city\":12.5}", "city",
                "{\"externalId\":\"" + p + "c\",\"name\":\"N\",\"email\":{\"a\":1}}", "email",
                "{\"externalId\":\"" + p + "d\",\"name\":\"N\",\"phone\":[\"1\"]}", "phone",
                "{\"externalId\":\"" + p + "e\",\"name\":\"N\",\"tags\":[false]}", "tags[0]");
        for (Map.Entry<String, String> body : refused.entrySet()) {
            authed().body(body.getKey()).post("/api/v1/customers").then().statusCode(422).contentType(startsWith(PROBLEM))
                    .body("errors.field", hasItem(body.getValue()));
        }
        authed().body("{\"externalId\":\"" + p + "o\",\"customerExternalId\":7,\"amount\":1,\"orderedAt\":\"2026-01-01T00:00:00Z\"}")
                .post("/api/v1/orders").then().statusCode(422).body("errors.field", hasItem("customerExternalId"));
        authed().body("{\"objective\":42}").post("/api/v1/ai/message-suggestions").then().statusCode(422)
                .body("errors.field", hasItem("objective"));
        assertThat(Bodies.storedAfterwards(dataSource, p)).isZero();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private long campaignsNamed(String name) throws Exception {
        try (var c = dataSource.getConnection(); var st = c.prepareStatement("SELECT COUNT(*) FROM campaign WHERE name = ?")) {
            st.setString(1, name);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
