package com.minicrm.bootstrap.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document shows an example for every operation and how to send the API key. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyApiOperationHasAnExampleAndASecurityRequirement() {
        Map<String, Object> document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().as(Map.class);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        List<String> withoutExample = new ArrayList<>();
        List<String> withoutSecurity = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, raw) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            String operation = method.toUpperCase() + " " + path;
            String json = String.valueOf(raw);
            if (!json.contains("examples=") && !json.contains("example=")) {
                withoutExample.add(operation);
            }
            if (!(raw instanceof Map<?, ?> op) || op.get("security") == null) {
                withoutSecurity.add(operation);
            }
        }));
        assertThat(paths.keySet()).anyMatch(p -> p.startsWith("/api/v1/customers"));
        assertThat(withoutExample).as("operations without an example").isEmpty();
        assertThat(withoutSecurity).as("operations without a security requirement").isEmpty();
        assertThat(String.valueOf(document.get("components"))).contains("bearer");
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
