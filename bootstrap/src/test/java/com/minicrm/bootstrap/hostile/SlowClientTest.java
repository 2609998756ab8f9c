package com.minicrm.bootstrap.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A client that sends its body a byte at a time cannot hold a connection past the request timeout. */
@QuarkusTest
@TestProfile(ShortRequestTimeout.class)
class SlowClientTest {
    @Test
    void aTrickledBodyIsCutOffAtTheDeadlineWithA408ProblemAndTheConnectionClosed() throws Exception {
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/customers HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer test-api-key\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            AtomicInteger sent = new AtomicInteger();
            // A byte every 200 ms: far more often than any idle timeout would need to stay reset.
            trickle.scheduleAtFixedRate(() -> {
                try {
                    out.write(' ');
                    out.flush();
                    sent.incrementAndGet();
                } catch (IOException closed) {
                    throw new IllegalStateException("the server closed the connection", closed);
                }
            }, 200, 200, TimeUnit.MILLISECONDS);
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> RawHttp.readUntilClosed(socket));
            await().atMost(Duration.ofSeconds(ShortRequestTimeout.SECONDS + 8)).until(answer::isDone);
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            String response = answer.get();
            assertThat(sent.get()).as("bytes trickled before the cut").isGreaterThanOrEqualTo(5);
            assertThat(seconds).isLessThan(ShortRequestTimeout.SECONDS + 5);
            assertThat(response).startsWith("HTTP/1.1 408").contains("application/problem+json").contains("\"status\":408");
        } finally {
            trickle.shutdownNow();
        }
    }
}
