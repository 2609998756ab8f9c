package com.minicrm.bootstrap.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;

/**
 * Thousands of hostile requests derived from the app's own OpenAPI document: every operation, its
 * example body mutated at every field (wrong types, missing fields, huge and odd strings, extreme
 * numbers, deep JSON, unknown fields) and as a whole. No answer may be a 5xx, every rejection is
 * problem+json naming the field, and no rejected request may leave a row behind. Besides the random
 * mutants, {@link TargetedMutants} puts NUL and lone surrogates into every text, non-text into every
 * string field, and a byte-order mark or trailing content around every body: each must be refused.
 */
@QuarkusTest
class OpenApiFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MUTANTS_PER_OPERATION = Integer.getInteger("fuzz.mutants", 120);
    private static final Pattern MARKER = Pattern.compile("zq\\d+x");
    private static final List<String> HOSTILE_PARAMS = List.of("-1", "0", "abc", "99999999999999999999", "1e3", "1.5", "%00",
            "%27%20OR%201%3D1", "%F0%9F%98%80", "x".repeat(3000));
    private static final List<String> WHOLE_BODIES = List.of("", "{", "[]", "nul", "\"text\"", "123", "{\"a\":}", "\u0000",
            "{\"customers\": [" + "{},".repeat(5000) + "{}]}", "[".repeat(5000) + "]".repeat(5000));

    @Inject
    DataSource dataSource;

    /** One API operation from the document. */
    private record Operation(String method, String path, JsonNode spec) {}

    /** A request to send and the field it breaks ("body" for the whole body, null if it breaks nothing). */
    private record Mutant(String body, String field) {}

    @Test
    void hostileRequestsFromTheOpenApiDocumentGetNo5xxAndNamedProblemsAndLeaveNoRows() throws Exception {
        JsonNode document = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        List<Operation> operations = operations(document);
        assertThat(operations).extracting(Operation::path).contains("/api/v1/customers/batch", "/api/v1/segments/preview");
        String segmentId = given().header("Authorization", "Bearer test-api-key").contentType("application/json")
                .body("{\"name\":\"Fuzz base\",\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\",\"value\":\"Nowhere\"}]}}")
                .post("/api/v1/segments").then().statusCode(201).extract().path("id").toString();
        // Customers the examples' rules select (spend over ₹10,000), so mutants of the AI requests start
        // from a valid request whatever other tests left in the database.
        given().header("Authorization", "Bearer test-api-key").contentType("application/json")
                .body("{\"customers\":[{\"externalId\":\"fuzz-seed-1\",\"name\":\"Asha Rao\",\"city\":\"Pune\",\"phone\":\"+91 90000 00001\"},"
                        + "{\"externalId\":\"fuzz-seed-2\",\"name\":\"Ravi Iyer\",\"city\":\"Pune\",\"phone\":\"+91 90000 00002\"}]}")
                .post("/api/v1/customers/batch").then().statusCode(202);
        given().header("Authorization", "Bearer test-api-key").contentType("application/json")
                .body("{\"orders\":[{\"externalId\":\"fuzz-seed-o1\",\"customerExternalId\":\"fuzz-seed-1\",\"amount\":25000,"
                        + "\"orderedAt\":\"2025-01-10T10:00:00Z\"},{\"externalId\":\"fuzz-seed-o2\",\"customerExternalId\":\"fuzz-seed-2\","
                        + "\"amount\":4000,\"orderedAt\":\"2025-06-10T10:00:00Z\"}]}")
                .post("/api/v1/orders/batch").then().statusCode(202);
        awaitIngestionDrained();
        Random random = new Random(20261125);
        Arbitrary<JsonNode> hostile = HostileValues.any();
        List<String> failures = new ArrayList<>();
        Set<String> rejected = new HashSet<>();
        int sent = 0;
        int targetedSent = 0;
        // A session lets jqwik's generators run inside a plain JUnit test, where Quarkus runs the app.
        JqwikSession.start();
        try {
        for (Operation operation : operations) {
            JsonNode seed = example(operation.spec());
            if (seed instanceof ObjectNode object && object.has("segmentId")) {
                // The example names a segment of the documentation; the mutants start from a valid request.
                object.put("segmentId", Long.parseLong(segmentId));
            }
            if (seed instanceof ObjectNode object && operation.path().endsWith("/message-preview")) {
                // A customer to look up, not an id to store: marked like one, it would name an unknown
                // customer in every mutant. Without it the preview uses a sample customer.
                object.remove("customerExternalId");
            }
            if (seed != null) {
                JsonNode schema = operation.spec().path("requestBody").path("content").path("application/json").path("schema");
                for (int i = 0; ; i++) {
                    String marker = "zq" + sent++ + "x";
                    JsonNode marked = seed.deepCopy();
                    mark(marked, marker);
                    List<TargetedMutants.Targeted> targeted = TargetedMutants.of(marked, schema, document);
                    if (i >= targeted.size()) {
                        break;
                    }
                    Mutant mutant = new Mutant(targeted.get(i).body(), targeted.get(i).field());
                    targetedSent++;
                    Response response = sendAsIs(operation, mutant, segmentId);
                    String what = operation.method() + " " + operation.path() + " breaking " + mutant.field() + " -> " + response.statusCode();
                    if (response.statusCode() < 400) {
                        failures.add(what + ": accepted " + abbreviate(mutant.body()));
                    } else if (response.statusCode() >= 500) {
                        failures.add(what + " " + abbreviate(response.asString()));
                    } else {
                        rejected.add(marker);
                        checkProblem(response, mutant, what, failures);
                    }
                }
            }
            for (int i = 0; i < MUTANTS_PER_OPERATION; i++) {
                String marker = "zq" + sent++ + "x";
                Mutant mutant = mutate(seed, marker, random, hostile);
                boolean synchronous = !operation.path().startsWith("/api/v1/customers") && !operation.path().startsWith("/api/v1/orders");
                long[] before = synchronous ? synchronousRows() : null;
                Response response = send(operation, mutant, random, segmentId);
                int status = response.statusCode();
                String what = operation.method() + " " + operation.path() + " breaking " + mutant.field() + " -> " + status;
                if (status >= 500) {
                    failures.add(what + " " + abbreviate(response.asString()));
                } else if (status >= 400) {
                    rejected.add(marker);
                    checkProblem(response, mutant, what, failures);
                    if (synchronous && newRows(before, synchronousRows())) {
                        failures.add(what + " left a segment, campaign or log row behind");
                    }
                }
            }
        }
        } finally {
            JqwikSession.finish();
        }
        assertThat(sent).isGreaterThanOrEqualTo(2000);
        // Every operation with a body contributes its text fields; far fewer means the schema walk broke.
        assertThat(targetedSent).isGreaterThanOrEqualTo(300);
        assertThat(rejected).hasSizeGreaterThan(sent / 2);
        awaitIngestionDrained();
        Set<String> leftBehind = storedMarkers();
        leftBehind.retainAll(rejected);
        assertThat(leftBehind).as("rows stored for rejected requests").isEmpty();
        assertThat(failures).as("%d of %d requests answered badly", failures.size(), sent).isEmpty();
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            // The vendor simulator is a stand-in for an outside party, off in production; its answers are not ours.
            if (!path.getKey().startsWith("/vendor/")) {
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
            }
        }));
        return operations;
    }

    /** The operation's first example body, or null when it takes none. */
    private static JsonNode example(JsonNode spec) throws Exception {
        JsonNode examples = spec.path("requestBody").path("content").path("application/json").path("examples");
        Iterator<JsonNode> values = examples.elements();
        if (!values.hasNext()) {
            return null;
        }
        JsonNode value = values.next().path("value");
        return value.isTextual() ? JSON.readTree(value.asText()) : value;
    }

    private static Mutant mutate(JsonNode seed, String marker, Random random, Arbitrary<JsonNode> hostile) {
        if (seed == null) {
            return new Mutant(null, null);
        }
        JsonNode copy = seed.deepCopy();
        mark(copy, marker);
        List<List<Object>> paths = new ArrayList<>();
        collect(copy, new ArrayList<>(), paths);
        int roll = random.nextInt(20);
        if (roll == 0) {
            return new Mutant(WHOLE_BODIES.get(random.nextInt(WHOLE_BODIES.size())), "body");
        }
        if (roll == 1) {
            return new Mutant(HostileValues.render(hostile.generator(1000).next(random).value().toString()), "body");
        }
        List<Object> path = paths.get(random.nextInt(paths.size()));
        JsonNode parent = at(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (roll == 2 && parent instanceof ObjectNode object) {
            object.put("zzUnknown" + marker, 1);
            return new Mutant(copy.toString(), "zzUnknown" + marker);
        }
        if (roll == 3 && parent instanceof ObjectNode object) {
            object.remove((String) last);
        } else {
            JsonNode value = hostile.generator(1000).next(random).value();
            if (parent instanceof ObjectNode object) {
                object.set((String) last, value);
            } else {
                ((ArrayNode) parent).set((Integer) last, value);
            }
        }
        return new Mutant(HostileValues.render(copy.toString()), name(path));
    }

    /** Puts the request's marker into every id and name, so a stored row can be traced back to its request. */
    private static void mark(JsonNode node, String marker) {
        if (node instanceof ObjectNode object) {
            for (String field : List.of("externalId", "customerExternalId", "name")) {
                if (object.path(field).isTextual()) {
                    object.put(field, marker + "-" + object.get(field).asText());
                }
            }
        }
        node.elements().forEachRemaining(child -> mark(child, marker));
    }

    private static void collect(JsonNode node, List<Object> prefix, List<List<Object>> paths) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(field -> {
                List<Object> path = new ArrayList<>(prefix);
                path.add(field);
                paths.add(path);
                collect(object.get(field), path, paths);
            });
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            List<Object> path = new ArrayList<>(prefix);
            path.add(0);
            paths.add(path);
            collect(array.get(0), path, paths);
        }
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }

    /** The field's name as the API reports it: {@code customers[0].email}. */
    private static String name(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.length() == 0 ? "" : ".").append(step);
            }
        }
        return name.toString();
    }

    private static Response send(Operation operation, Mutant mutant, Random random, String segmentId) {
        String id = random.nextInt(3) == 0 ? segmentId : HOSTILE_PARAMS.get(random.nextInt(HOSTILE_PARAMS.size()));
        String path = operation.path().replaceAll("\\{[^}]+}", id);
        var request = given().urlEncodingEnabled(false).header("Authorization", "Bearer test-api-key");
        for (JsonNode parameter : operation.spec().path("parameters")) {
            if ("query".equals(parameter.path("in").asText()) && random.nextBoolean()) {
                request.queryParam(parameter.path("name").asText(), HOSTILE_PARAMS.get(random.nextInt(HOSTILE_PARAMS.size())));
            }
        }
        if (mutant.body() != null) {
            request.contentType("application/json").body(mutant.body());
        }
        return request.request(operation.method(), path);
    }

    /** Sends a targeted mutant with a valid path id and no query parameters, so only its body can be at fault. */
    private static Response sendAsIs(Operation operation, Mutant mutant, String segmentId) {
        var request = given().urlEncodingEnabled(false).header("Authorization", "Bearer test-api-key")
                .contentType("application/json; charset=UTF-8").body(mutant.body());
        return request.request(operation.method(), operation.path().replaceAll("\\{[^}]+}", segmentId));
    }

    private static void checkProblem(Response response, Mutant mutant, String what, List<String> failures) {
        int status = response.statusCode();
        String type = response.contentType();
        // The HTTP layer refuses an over-long request line before any resource runs, with no body at all.
        if (status == 414) {
            return;
        }
        if (type == null || !type.startsWith("application/problem+json")) {
            failures.add(what + " is not problem+json but " + type);
            return;
        }
        if ((status == 400 || status == 422) && mutant.field() != null && !"body".equals(mutant.field())) {
            String problem = response.asString();
            if (!namesFieldOrAncestor(problem, mutant.field())) {
                failures.add(what + " does not name " + mutant.field() + ": " + abbreviate(problem));
            }
        }
    }

    /**
     * True if the problem names the field, a field inside it ({@code tags[0]} for {@code tags}), its
     * own name, or an enclosing field ({@code attributes} for {@code attributes.gender}).
     */
    private static boolean namesFieldOrAncestor(String problem, String field) {
        String leaf = field.replaceAll(".*[.\\]]", "");
        if (problem.contains("\"" + field) || problem.contains("\"" + leaf) || problem.contains(leaf + " ")) {
            return true;
        }
        for (String prefix = field;;) {
            if (problem.contains("\"" + prefix + "\"")) {
                return true;
            }
            String enclosing = prefix.replaceAll("(\\.[^.\\[]*|\\[\\d+])$", "");
            if (enclosing.equals(prefix) || enclosing.isEmpty()) {
                return false;
            }
            prefix = enclosing;
        }
    }

    private static boolean newRows(long[] before, long[] after) {
        for (int i = 0; i < before.length; i++) {
            if (after[i] > before[i]) {
                return true;
            }
        }
        return false;
    }

    private long[] synchronousRows() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                // The highest ids, read from the primary keys at once; a stored row would raise one of them.
                ResultSet rs = st.executeQuery("SELECT (SELECT COALESCE(MAX(id), 0) FROM segment), (SELECT COALESCE(MAX(id), 0) FROM campaign),"
                        + " (SELECT COALESCE(MAX(id), 0) FROM communication_log)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    /** The queue is worked in order, so once a customer sent last is stored, everything sent before it is too. */
    private static void awaitIngestionDrained() {
        String sentinel = "fuzz-sentinel-" + System.nanoTime();
        given().header("Authorization", "Bearer test-api-key").contentType("application/json")
                .body(Map.of("externalId", sentinel, "name", "Sentinel")).post("/api/v1/customers").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> given().header("Authorization", "Bearer test-api-key")
                .get("/api/v1/customers/" + sentinel).statusCode() == 200);
    }

    private Set<String> storedMarkers() throws SQLException {
        Set<String> markers = new HashSet<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String sql : List.of("SELECT CONCAT(external_id, ' ', COALESCE(name, '')) FROM customer WHERE external_id LIKE 'zq%' OR name LIKE 'zq%'",
                    "SELECT external_id FROM customer_order WHERE external_id LIKE 'zq%'",
                    "SELECT name FROM segment WHERE name LIKE 'zq%'", "SELECT name FROM campaign WHERE name LIKE 'zq%'")) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        Matcher m = MARKER.matcher(rs.getString(1));
                        while (m.find()) {
                            markers.add(m.group());
                        }
                    }
                }
            }
        }
        return markers;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
