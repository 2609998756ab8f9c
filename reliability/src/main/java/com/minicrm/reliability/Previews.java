package com.minicrm.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A marketer's previews, one after another in the background: every answer's status and the
 * audience size it gave are tallied, so a scenario can tell errors and stale counts apart.
 */
final class Previews implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CrmApp app;
    private final String body;
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> sizes = new ConcurrentHashMap<>();
    private final AtomicLong lastSize = new AtomicLong(-1);
    private final Thread loop;
    private volatile boolean running = true;

    /** Previews of everyone in {@code city}, about ten a second. */
    Previews(CrmApp app, String city) {
        this.app = app;
        this.body = "{\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\",\"value\":\"" + city + "\"}]}}";
        loop = new Thread(this::run, "previews");
        loop.setDaemon(true);
        loop.start();
    }

    private void run() {
        while (running) {
            int status;
            try {
                HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/segments/preview"))
                        .header("Authorization", "Bearer " + CrmApp.API_KEY).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                status = answer.statusCode();
                if (status == 200) {
                    long size = JSON.readTree(answer.body()).get("audienceSize").asLong();
                    lastSize.set(size);
                    sizes.computeIfAbsent(size, s -> new AtomicInteger()).incrementAndGet();
                }
            } catch (IOException noAnswer) {
                status = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            Processes.sleep(100);
        }
    }

    long lastSize() {
        return lastSize.get();
    }

    Map<Integer, Integer> statuses() {
        Map<Integer, Integer> copy = new TreeMap<>();
        statuses.forEach((status, count) -> copy.put(status, count.get()));
        return copy;
    }

    Map<Long, Integer> sizes() {
        Map<Long, Integer> copy = new TreeMap<>();
        sizes.forEach((size, count) -> copy.put(size, count.get()));
        return copy;
    }

    /**
     * One meter's value from the app's Prometheus page: the first series of {@code name} whose labels
     * contain {@code label} (e.g. {@code reason="down"}; empty for any); NaN if there is none.
     */
    static double metric(CrmApp app, String name, String label) throws IOException, InterruptedException {
        String page = HTTP.send(HttpRequest.newBuilder(URI.create(app.base() + "/q/metrics"))
                .header("Authorization", "Bearer " + CrmApp.API_KEY).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        for (String line : page.split("\n")) {
            boolean series = line.startsWith(name + " ") || line.startsWith(name + "{");
            if (series && line.contains(label)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).trim());
            }
        }
        return Double.NaN;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        loop.join(60_000);
    }
}
