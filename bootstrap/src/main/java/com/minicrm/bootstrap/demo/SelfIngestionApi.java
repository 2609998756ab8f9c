package com.minicrm.bootstrap.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.application.port.in.ManageApiKeysUseCase;
import com.minicrm.application.port.out.IngestionApi;
import com.minicrm.domain.apikey.ApiKeyScope;
import com.minicrm.domain.customer.CustomerDraft;
import com.minicrm.domain.customer.OrderDraft;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CRM's public ingestion API called over HTTP, as a brand's system calls it. Each session
 * issues its own API key and revokes it when done, so no standing credential exists for it.
 */
public class SelfIngestionApi implements IngestionApi {
    /** A refusal for lack of capacity (503, 429) is retried this many times before giving up. */
    private static final int ATTEMPTS = 60;

    private final URI baseUri;
    private final ManageApiKeysUseCase keys;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SelfIngestionApi(URI baseUri, ManageApiKeysUseCase keys, ObjectMapper json) {
        this.baseUri = baseUri;
        this.keys = keys;
        this.json = json;
    }

    @Override
    public Session open() {
        ManageApiKeysUseCase.IssuedKey key = keys.issue("demo-data loader", Set.of(ApiKeyScope.INGEST), "demo-data");
        return new Session() {
            @Override
            public void sendCustomers(List<CustomerDraft> customers) {
                post("/api/v1/customers/batch", Map.of("customers", customers), key.plainValue());
            }

            @Override
            public void sendOrders(List<OrderDraft> orders) {
                post("/api/v1/orders/batch", Map.of("orders", orders), key.plainValue());
            }

            @Override
            public void close() {
                keys.revoke(key.key().id().orElseThrow());
            }
        };
    }

    private void post(String path, Object body, String apiKey) {
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(serialise(body)))
                .build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = send(request);
            if (response.statusCode() == 202) {
                return;
            }
            boolean busy = response.statusCode() == 503 || response.statusCode() == 429;
            if (!busy || attempt == ATTEMPTS) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            pause(response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L));
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("the ingestion API cannot be reached at " + baseUri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private byte[] serialise(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the demo batch as JSON", e);
        }
    }

    /** The API asked us to come back later (Retry-After); this is a background loader, so wait. */
    private static void pause(long seconds) {
        try {
            Thread.sleep(Duration.ofSeconds(Math.max(1, Math.min(seconds, 10))).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
