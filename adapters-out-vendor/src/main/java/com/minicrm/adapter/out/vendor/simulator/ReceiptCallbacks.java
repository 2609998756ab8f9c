package com.minicrm.adapter.out.vendor.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.domain.campaign.ReceiptSignature;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Calls the sender back over real HTTP with signed receipts, after the simulated latency. Due
 * receipts gather per callback URL and leave as one array when the batch is full or its wait is
 * over, as real vendors' event webhooks do. A callback the receiver does not take (anything but
 * 2xx) is tried again a few times, as vendors do.
 */
@ApplicationScoped
class ReceiptCallbacks {
    static final String TIMESTAMP_HEADER = "X-Vendor-Timestamp";
    static final String SIGNATURE_HEADER = "X-Vendor-Signature";
    private static final Logger LOG = Logger.getLogger(ReceiptCallbacks.class);
    private static final int DELIVERY_TRIES = 5;
    private static final int MAX_BATCH_SIZE = 1000;
    private final Vertx vertx;
    private final HttpClient http;
    private final ObjectMapper json;
    private final ReceiptSignature signature;
    private final int batchSize;
    private final long batchWaitMillis;
    private final Map<String, PendingReceipts> pending = new ConcurrentHashMap<>();

    /** The signature is the app's own receipt signature: the simulator stands in for a vendor that shares its secret. */
    ReceiptCallbacks(Vertx vertx, ObjectMapper json, SimulatorConfig config, ReceiptSignature signature) {
        if (config.callbackBatchSize() < 1 || config.callbackBatchSize() > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("crm.simulator.callback-batch-size must be 1 to " + MAX_BATCH_SIZE);
        }
        this.vertx = vertx;
        this.json = json;
        this.batchSize = config.callbackBatchSize();
        this.batchWaitMillis = Math.max(1, config.callbackBatchWait().toMillis());
        this.http = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(config.callbackConnections()).setKeepAlive(true));
        this.signature = signature;
    }

    void schedule(long messageId, String callbackUrl, SimulatedOutcome.Accept outcome) {
        Instant occurredAt = Instant.now().plus(outcome.latency());
        String status = outcome.sent() ? "SENT" : "FAILED";
        String body = body(messageId, outcome.vendorMessageId(), status, occurredAt);
        long delay = Math.max(1, outcome.latency().toMillis());
        vertx.setTimer(delay, t -> due(callbackUrl, body));
        if (outcome.duplicate()) {
            vertx.setTimer(delay * 2, t -> due(callbackUrl, body));
        }
        if (outcome.contradiction()) {
            String opposite = body(messageId, outcome.vendorMessageId(), outcome.sent() ? "FAILED" : "SENT", occurredAt.minusMillis(1));
            vertx.setTimer(delay * 3, t -> due(callbackUrl, opposite));
        }
    }

    /** A recipient's STOP reply, posted on its own after {@code delay}, signed as receipts are. */
    void scheduleStopReply(String inboundUrl, String channel, String from, Duration delay) {
        vertx.setTimer(Math.max(1, delay.toMillis()), t -> {
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("channel", channel);
            reply.put("from", from);
            reply.put("text", "STOP");
            reply.put("receivedAt", Instant.now().toString());
            try {
                post(inboundUrl, json.writeValueAsString(reply), 1);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a map of strings always serialises", e);
            }
        });
    }

    private void due(String url, String receipt) {
        PendingReceipts waiting = pending.computeIfAbsent(url, u -> new PendingReceipts(batchSize));
        List<String> full = waiting.add(receipt);
        if (!full.isEmpty()) {
            post(url, waiting.body(full), 1);
            return;
        }
        long round = waiting.startWaiting();
        if (round >= 0) {
            vertx.setTimer(batchWaitMillis, t -> {
                List<String> batch = waiting.takeIfStill(round);
                if (!batch.isEmpty()) {
                    post(url, waiting.body(batch), 1);
                }
            });
        }
    }

    private void post(String url, String body, int attempt) {
        long now = Instant.now().getEpochSecond();
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(url)
                .putHeader("Content-Type", "application/json")
                .putHeader(TIMESTAMP_HEADER, Long.toString(now))
                .putHeader(SIGNATURE_HEADER, signature.sign(now, body));
        http.request(request)
                .compose(req -> req.send(Buffer.buffer(body)))
                .compose(response -> response.body().map(ignored -> response.statusCode()))
                .onComplete(result -> {
                    // 409: the CRM already holds this very request (a replay it refused), so it is delivered.
                    boolean taken = result.succeeded() && (result.result() / 100 == 2 || result.result() == 409);
                    if (!taken && attempt < DELIVERY_TRIES) {
                        vertx.setTimer(100L * attempt, t -> post(url, body, attempt + 1));
                    } else if (!taken) {
                        LOG.warnf("gave up calling back %s: %s", url,
                                result.succeeded() ? "status " + result.result() : result.cause());
                    }
                });
    }

    private String body(long messageId, String vendorMessageId, String status, Instant occurredAt) {
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("vendorMessageId", vendorMessageId);
        receipt.put("messageId", messageId);
        receipt.put("status", status);
        if (!"SENT".equals(status)) {
            receipt.put("reason", "simulated delivery failure");
        }
        receipt.put("occurredAt", occurredAt.toString());
        try {
            return json.writeValueAsString(receipt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
