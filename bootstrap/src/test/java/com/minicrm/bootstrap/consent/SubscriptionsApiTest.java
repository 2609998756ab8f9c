package com.minicrm.bootstrap.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Subscriptions travel with customers through ingestion, and the read-back shows each channel's time and source. */
@QuarkusTest
class SubscriptionsApiTest {

    private static RequestSpecification authed() {
        return given().header("Authorization", "Bearer test-api-key").contentType(ContentType.JSON);
    }

    private static String unique() {
        return "subs-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Polls by value, so a poll that finds the customer not there yet logs nothing. */
    private static JsonPath awaitCustomer(String externalId, String path, String value) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = authed().get("/api/v1/customers/" + externalId);
            return response.statusCode() == 200 && value.equals(response.jsonPath().getString(path));
        });
        return authed().get("/api/v1/customers/" + externalId).jsonPath();
    }

    @Test
    void aNewCustomerStartsSubscribedOnEveryChannelThroughTheApi() {
        String id = unique();
        assertThat(authed().body("{\"externalId\": \"%s\", \"name\": \"Asha Rao\", \"phone\": \"+91 90000 11111\"}".formatted(id))
                .post("/api/v1/customers").statusCode()).isEqualTo(202);

        JsonPath customer = awaitCustomer(id, "name", "Asha Rao");

        for (String channel : new String[] {"sms", "email", "whatsapp"}) {
            assertThat(customer.getString("subscriptions." + channel + ".status")).isEqualTo("subscribed");
            assertThat(customer.getString("subscriptions." + channel + ".source")).isEqualTo("api");
            assertThat(customer.getString("subscriptions." + channel + ".changedAt")).isEqualTo(customer.getString("createdAt"));
        }
    }

    @Test
    void anAbsentChannelKeepsItsStoredValueAndOnlyRealChangesMoveTheTime() {
        String id = unique();
        String other = unique();
        assertThat(authed().body("""
                {"customers": [{"externalId": "%s", "name": "Ravi Kumar", "subscriptions": {"sms": "unsubscribed", "whatsapp": "subscribed"}},
                               {"externalId": "%s", "name": "Meera Nair", "subscriptions": {"email": "unsubscribed"}}]}"""
                .formatted(id, other)).post("/api/v1/customers/batch").statusCode()).isEqualTo(202);
        JsonPath first = awaitCustomer(id, "subscriptions.sms.status", "unsubscribed");
        assertThat(first.getString("subscriptions.whatsapp.status")).isEqualTo("subscribed");
        assertThat(first.getString("subscriptions.whatsapp.changedAt")).isEqualTo(first.getString("createdAt"));
        assertThat(awaitCustomer(other, "subscriptions.email.status", "unsubscribed").getString("subscriptions.sms.status"))
                .isEqualTo("subscribed");

        assertThat(authed().body("{\"externalId\": \"%s\", \"name\": \"Ravi Kumar\", \"subscriptions\": {\"email\": \"unsubscribed\", \"sms\": \"unsubscribed\"}}"
                .formatted(id)).post("/api/v1/customers").statusCode()).isEqualTo(202);
        JsonPath second = awaitCustomer(id, "subscriptions.email.status", "unsubscribed");

        assertThat(second.getString("subscriptions.sms.status")).isEqualTo("unsubscribed");
        assertThat(second.getString("subscriptions.sms.changedAt")).isEqualTo(first.getString("subscriptions.sms.changedAt"));
        assertThat(second.getString("subscriptions.whatsapp.status")).isEqualTo("subscribed");

        assertThat(authed().body("{\"externalId\": \"%s\", \"name\": \"Ravi Kumar\"}".formatted(id)).post("/api/v1/customers").statusCode())
                .isEqualTo(202);
        assertThat(authed().body("{\"externalId\": \"%s\", \"name\": \"Ravi K\", \"subscriptions\": {\"sms\": \"subscribed\"}}".formatted(id))
                .post("/api/v1/customers").statusCode()).isEqualTo(202);
        JsonPath third = awaitCustomer(id, "subscriptions.sms.status", "subscribed");
        assertThat(third.getString("subscriptions.email.status")).isEqualTo("unsubscribed");
        assertThat(third.getString("subscriptions.sms.source")).isEqualTo("api");
    }
}
