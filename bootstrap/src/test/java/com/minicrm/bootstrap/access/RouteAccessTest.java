package com.minicrm.bootstrap.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every route the app serves, from the OpenAPI document and from every JAX-RS resource class
 * (so pages added later are checked without touching this test), refuses an anonymous caller,
 * except the few meant to be public.
 */
@QuarkusTest
class RouteAccessTest {
    /** Public on purpose; everything else needs a signed-in user or an API key. */
    private static final List<String> PUBLIC = List.of(
            "/q/health", // probes
            "/q/openapi", "/q/swagger-ui", // the API's documentation
            "/local-oidc", "/sign-in", "/sign-out/done", "/not-allowed", // the sign-in flow
            "/unsubscribe/"); // an e-mail's unsubscribe link (plain routes, checked below)
    /** Routes that no resource class declares. */
    private static final List<String> FRAMEWORK_ROUTES = List.of("GET /q/metrics");

    @Test
    void everyRouteExceptThePublicOnesRefusesAnonymousCallers() throws Exception {
        Set<String> routes = new TreeSet<>(FRAMEWORK_ROUTES);
        routes.addAll(openApiRoutes());
        routes.addAll(resourceRoutes());
        assertThat(routes).contains("POST /api/v1/customers/batch", "POST /api/v1/delivery-receipts", "GET /api/v1/campaigns/{id}");
        List<String> open = new ArrayList<>();
        int checked = 0;
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1);
            if (PUBLIC.stream().anyMatch(path::startsWith)) {
                continue;
            }
            checked++;
            Response response = given().redirects().follow(false).contentType("application/json").body("{}")
                    .request(method, path.replaceAll("\\{[^}]+}", "1"));
            if (!refused(path, response)) {
                open.add(route + " -> " + response.statusCode());
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(15);
        assertThat(open).as("routes open to anonymous callers").isEmpty();
    }

    @Test
    void receiptsAreOnlyPublicWithAValidSignature() {
        given().contentType("application/json").body("{\"messageId\":1,\"status\":\"SENT\"}")
                .header("X-Vendor-Timestamp", Long.toString(System.currentTimeMillis() / 1000))
                .header("X-Vendor-Signature", "00".repeat(32))
                .post("/api/v1/delivery-receipts").then().statusCode(401);
    }

    /** The unsubscribe page is public to a link the app signed, and changes nothing for any other. */
    @Test
    void unsubscribeLinksAreOnlyPublicWithAValidSignature() {
        String forged = "/unsubscribe/1.1." + "A".repeat(43);
        given().redirects().follow(false).get(forged).then().statusCode(400);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .post(forged).then().statusCode(400);
        given().redirects().follow(false).contentType("application/json").body("{}").put(forged).then().statusCode(org.hamcrest.Matchers.not(200));
    }

    /** APIs answer 401; pages send the browser to sign in (a redirect) or answer 401. */
    private static boolean refused(String path, Response response) {
        int status = response.statusCode();
        if (path.startsWith("/api/") || path.startsWith("/q/")) {
            return status == 401;
        }
        return status == 401 || status == 302 || status == 303 || status == 307;
    }

    private static Set<String> openApiRoutes() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").asString()).get("paths");
        Set<String> routes = new TreeSet<>();
        paths.properties().forEach(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> routes.add(method.toUpperCase() + " " + path.getKey())));
        return routes;
    }

    /** Every resource method of every class with {@code @Path} in the app's own code. */
    private static Set<String> resourceRoutes() {
        Set<String> routes = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.minicrm.adapter")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = type.reflect();
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    routes.add(verb + " " + join(base, sub == null ? "" : sub.value()));
                }
            }
        }
        assertThat(routes).as("resource routes found by scanning").isNotEmpty();
        return routes;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** {@code /api/v1} + {@code /{id: \d+}} = {@code /api/v1/{id}}. */
    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return path.replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}");
    }
}
