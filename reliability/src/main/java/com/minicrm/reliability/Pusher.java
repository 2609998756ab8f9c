package com.minicrm.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A brand's client: pushes requests with a few threads and retries every one that does not get
 * a 202 (connection refused, 503, anything) until it does. Tallies every answer it saw, by status
 * (-1 for no HTTP answer at all), and which instance accepted how much.
 */
final class Pusher {
    /** One request to send. */
    record Request(String path, String body) {}

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String> bases;
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> acceptedBy = new ConcurrentHashMap<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger next = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong nextSlot = new java.util.concurrent.atomic.AtomicLong();
    private volatile long deadlineNanos;
    private volatile long intervalNanos;

    Pusher(List<String> bases) {
        this.bases = bases;
    }

    /** Sends at most this many requests per second from now on (0: as fast as answers come). */
    Pusher pace(int perSecond) {
        intervalNanos = perSecond == 0 ? 0 : 1_000_000_000L / perSecond;
        return this;
    }

    /** Starts pushing in the background; the future completes when every request got its 202. */
    CompletableFuture<Void> push(List<Request> requests, int threads, Duration giveUpAfter) {
        deadlineNanos = System.nanoTime() + giveUpAfter.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CompletableFuture<?>[] workers = new CompletableFuture<?>[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = CompletableFuture.runAsync(() -> {
                for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                    // Alternate instances by request, so each one takes its share.
                    sendUntilAccepted(bases.get(i % bases.size()), requests.get(i));
                }
            }, pool);
        }
        return CompletableFuture.allOf(workers).whenComplete((done, failure) -> pool.shutdown());
    }

    /** Sends one request now (no retry) and tallies the answer; returns its status, -1 without one. */
    int sendOnce(String base, Request request) {
        waitForSlot();
        int status = post(base, request);
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        if (status == 202) {
            accepted.incrementAndGet();
            acceptedBy.computeIfAbsent(base, b -> new AtomicInteger()).incrementAndGet();
        }
        return status;
    }

    private void waitForSlot() {
        long interval = intervalNanos;
        if (interval > 0) {
            long slot = nextSlot.accumulateAndGet(0, (last, ignored) -> Math.max(last + interval, System.nanoTime()));
            long wait = slot - System.nanoTime();
            if (wait > 0) {
                Processes.sleep(wait / 1_000_000);
            }
        }
    }

    private void sendUntilAccepted(String base, Request request) {
        long pause = 200;
        while (sendOnce(base, request) != 202) {
            if (System.nanoTime() > deadlineNanos) {
                throw new IllegalStateException("a request was never accepted: " + request.path());
            }
            Processes.sleep(pause);
            pause = Math.min(2000, pause * 2);
        }
    }

    private static int post(String base, Request request) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + request.path()))
                            .header("Authorization", "Bearer " + CrmApp.API_KEY)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(request.body())).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException noAnswer) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    int accepted() {
        return accepted.get();
    }

    /** Status to count, sorted. */
    Map<Integer, Integer> statuses() {
        Map<Integer, Integer> copy = new TreeMap<>();
        statuses.forEach((status, count) -> copy.put(status, count.get()));
        return copy;
    }

    Map<String, Integer> acceptedBy() {
        Map<String, Integer> copy = new TreeMap<>();
        acceptedBy.forEach((base, count) -> copy.put(base, count.get()));
        return copy;
    }
}
