package com.minicrm.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The messaging vendor, outside the CRM's process so it outlives a CRM crash: the CRM's
 * documented send API ({@code POST /vendor/v1/messages} → 202 with a vendor id) and signed receipt
 * arrays posted back to each message's callback URL, retried until the CRM takes them, as vendors'
 * webhooks are. It counts every attempt, and can refuse a share of sends with 503 or stop answering.
 */
final class VendorStandIn implements AutoCloseable {
    /** How the vendor behaves right now. */
    enum Mode { HEALTHY, FLAKY, HANGING }

    /** One send request as the vendor saw it. */
    record Attempt(long messageId, long atNanos, String callbackUrl, String outcome) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Random random = new Random(7);
    private final Map<String, ConcurrentLinkedQueue<String>> due = new ConcurrentHashMap<>();
    private final Map<Long, String> receiptStatus = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> accepted = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final AtomicLong vendorIds = new AtomicLong();
    private final SecretKeySpec key = new SecretKeySpec(CrmApp.RECEIPT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    private volatile Mode mode = Mode.HEALTHY;
    private volatile double refusedShare = 0.3;
    private volatile long hangMillis = 3000;
    private final Map<Long, String> vendorIdOf = new ConcurrentHashMap<>();

    VendorStandIn(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        server.createContext("/vendor/v1/messages", this::send);
        server.setExecutor(handlers);
        server.start();
        timers.scheduleWithFixedDelay(this::postDueReceipts, 50, 50, TimeUnit.MILLISECONDS);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void mode(Mode mode) {
        this.mode = mode;
    }

    void refuse(double share) {
        this.refusedShare = share;
    }

    void hangFor(long millis) {
        this.hangMillis = millis;
    }

    /** {@code POST /vendor/v1/messages} (one message) and {@code POST /vendor/v1/messages/batch} (up to 1,000). */
    private void send(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            boolean batch = exchange.getRequestURI().getPath().endsWith("/batch");
            List<JsonNode> messages = new ArrayList<>();
            (batch ? request.path("messages") : JSON.createArrayNode().add(request)).forEach(messages::add);
            if (mode == Mode.HANGING) {
                messages.forEach(m -> attempts.add(new Attempt(m.path("messageId").asLong(), System.nanoTime(),
                        m.path("callbackUrl").asText(), "HUNG")));
                Processes.sleep(hangMillis);
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            List<String> results = new ArrayList<>();
            for (JsonNode message : messages) {
                results.add(decide(message.path("messageId").asLong(), message.path("callbackUrl").asText()));
            }
            if (!batch) {
                String only = results.get(0);
                if (only == null) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                respond(exchange, 202, "{\"vendorMessageId\":\"" + only + "\"}");
                return;
            }
            StringBuilder body = new StringBuilder("{\"results\":[");
            for (int i = 0; i < messages.size(); i++) {
                long messageId = messages.get(i).path("messageId").asLong();
                String vendorId = results.get(i);
                body.append(i == 0 ? "" : ",").append(vendorId == null
                        ? "{\"messageId\":" + messageId + ",\"status\":503,\"error\":\"Service Unavailable\"}"
                        : "{\"messageId\":" + messageId + ",\"status\":202,\"vendorMessageId\":\"" + vendorId + "\"}");
            }
            respond(exchange, 200, body.append("]}").toString());
        }
    }

    /** Accepts (returns the vendor id and schedules the receipt) or refuses (null) one message. */
    private String decide(long messageId, String callbackUrl) {
        boolean refused;
        boolean sent;
        synchronized (random) {
            refused = mode == Mode.FLAKY && random.nextDouble() < refusedShare;
            sent = random.nextDouble() < 0.9;
        }
        if (refused) {
            attempts.add(new Attempt(messageId, System.nanoTime(), callbackUrl, "503"));
            return null;
        }
        String known = vendorIdOf.get(messageId);
        if (known != null) {
            // Idempotent by message id, like real vendors' idempotency keys: same answer, no second delivery.
            attempts.add(new Attempt(messageId, System.nanoTime(), callbackUrl, "REPEAT"));
            return known;
        }
        attempts.add(new Attempt(messageId, System.nanoTime(), callbackUrl, "202"));
        accepted.computeIfAbsent(messageId, id -> new AtomicInteger()).incrementAndGet();
        String status = receiptStatus.computeIfAbsent(messageId, id -> sent ? "SENT" : "FAILED");
        String vendorId = "v-" + vendorIds.incrementAndGet();
        vendorIdOf.put(messageId, vendorId);
        String receipt = "{\"vendorMessageId\":\"" + vendorId + "\",\"messageId\":" + messageId + ",\"status\":\"" + status + "\""
                + ("FAILED".equals(status) ? ",\"reason\":\"handset unreachable\"" : "") + ",\"occurredAt\":\"" + Instant.now() + "\"}";
        timers.schedule(() -> due.computeIfAbsent(callbackUrl, u -> new ConcurrentLinkedQueue<>()).add(receipt),
                20 + messageId % 40, TimeUnit.MILLISECONDS);
        return vendorId;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    /**
     * Posts due receipts per callback URL in signed arrays of up to 200; what the CRM does not take
     * stays due. Nothing may escape: an exception would silently end the fixed-delay schedule.
     */
    private void postDueReceipts() {
        try {
            postEachCallback();
        } catch (RuntimeException e) {
            System.err.println("vendor stand-in: posting receipts failed, will try again: " + e);
        }
    }

    private void postEachCallback() {
        due.forEach((url, queue) -> {
            while (!queue.isEmpty()) {
                List<String> batch = new ArrayList<>();
                for (String r = queue.poll(); r != null; r = batch.size() < 199 ? queue.poll() : null) {
                    batch.add(r);
                }
                if (!post(url, "[" + String.join(",", batch) + "]")) {
                    queue.addAll(batch);
                    return;
                }
            }
        });
    }

    private boolean post(String url, String body) {
        long now = Instant.now().getEpochSecond();
        try {
            int status = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json")
                            .header("X-Vendor-Timestamp", Long.toString(now))
                            .header("X-Vendor-Signature", sign(now + "." + body))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A recipient's reply, forwarded signed to the CRM's {@code /api/v1/vendor-inbound} as a vendor does;
     * returns the answer's status and body.
     */
    HttpResponse<String> reply(String appBase, String channel, String from, String text) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(java.util.Map.of("channel", channel, "from", from, "text", text,
                "receivedAt", Instant.now().toString()));
        long now = Instant.now().getEpochSecond();
        return http.send(HttpRequest.newBuilder(URI.create(appBase + "/api/v1/vendor-inbound")).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("X-Vendor-Timestamp", Long.toString(now))
                        .header("X-Vendor-Signature", sign(now + "." + body))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** SENT or FAILED as this vendor reported it, or null for a message it never took. */
    String receiptStatus(long messageId) {
        return receiptStatus.get(messageId);
    }

    long acceptedMoreThanOnce() {
        return accepted.values().stream().filter(n -> n.get() > 1).count();
    }

    int receiptsWaiting() {
        return due.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum();
    }

    List<Attempt> attempts() {
        return new ArrayList<>(attempts);
    }

    /**
     * Forgets everything seen so far, for the next scenario. Each scenario starts on a fresh database,
     * so message ids start again at 1: a remembered id would be answered as a repeat, with no receipt.
     */
    void reset() {
        attempts.clear();
        accepted.clear();
        receiptStatus.clear();
        vendorIdOf.clear();
        due.clear();
        mode = Mode.HEALTHY;
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        timers.shutdownNow();
    }
}
