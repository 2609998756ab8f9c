package com.minicrm.bootstrap.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.minicrm.application.port.in.ApplyDeliveryReceiptsUseCase;
import com.minicrm.domain.campaign.DeliveryOutcome;
import com.minicrm.domain.campaign.DeliveryStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** /q/metrics carries the domain's own meters: items stored, queue depth, delivery outcomes and receipt lag. */
@QuarkusTest
class DomainMetricsTest {
    @Inject
    ApplyDeliveryReceiptsUseCase receipts;

    private static String metrics() {
        return given().header("Authorization", "Bearer test-api-key").get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " ([0-9.E+-]+)$", Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    @Test
    void storedCustomersAreCounted() {
        double before = Math.max(0, value(metrics(), "crm_ingestion_stored_total{kind=\"customer\"}"));
        given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON)
                .body("{\"customers\":[{\"externalId\":\"m-%1$s-1\",\"name\":\"A\"},{\"externalId\":\"m-%1$s-2\",\"name\":\"B\"}]}"
                        .formatted(UUID.randomUUID()))
                .post("/api/v1/customers/batch").then().statusCode(202);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(value(metrics(), "crm_ingestion_stored_total{kind=\"customer\"}")).isGreaterThanOrEqualTo(before + 2));
    }

    @Test
    void everyQueueHasADepth() {
        String metrics = metrics();
        for (String queue : QueueDepthMeters.QUEUES) {
            assertThat(value(metrics, "crm_queue_depth{queue=\"" + queue + "\"}")).as(queue).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void receiptsAreCountedByOutcomeWithTheirLag() {
        double sent = Math.max(0, value(metrics(), "crm_delivery_outcomes_total{status=\"SENT\"}"));
        double lagged = Math.max(0, value(metrics(), "crm_delivery_receipt_lag_seconds_count"));
        Instant tenSecondsAgo = Instant.now().minusSeconds(10);
        receipts.apply(List.of(new DeliveryOutcome(Long.MAX_VALUE, DeliveryStatus.SENT, "v-1", null, tenSecondsAgo)));

        String metrics = metrics();
        assertThat(value(metrics, "crm_delivery_outcomes_total{status=\"SENT\"}")).isEqualTo(sent + 1);
        assertThat(value(metrics, "crm_delivery_receipt_lag_seconds_count")).isEqualTo(lagged + 1);
        assertThat(value(metrics, "crm_delivery_receipt_lag_seconds_max")).isGreaterThanOrEqualTo(10);
    }
}
