package com.minicrm.bootstrap.hostile;

import static com.minicrm.bootstrap.hostile.Bodies.PROBLEM;
import static com.minicrm.bootstrap.hostile.Bodies.authed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Numbers at the edge of their type and text that only looks present: a page number whose offset
 * passes Integer.MAX_VALUE, a path id past Long.MAX_VALUE, a name of zero-width spaces. None is a 5xx.
 */
@QuarkusTest
class OverflowAndBlankTest {
    private static final List<String> HUGE = List.of("21474837", "2147483647", "99999999999999999999", "-1", "1e3");

    @Test
    void aPageFarPastTheEndIsEmptyAndAnImpossiblePageIsANamedProblem() {
        authed().get("/api/v1/customers?page=21474837&size=100").then().statusCode(200)
                .body("items", empty()).body("page", is(21474837));
        for (String list : List.of("/api/v1/customers", "/api/v1/campaigns", "/api/v1/campaigns?tag=vip")) {
            for (String page : HUGE) {
                for (String size : List.of("200", "100", "99999999999999999999")) {
                    String path = list + (list.contains("?") ? "&" : "?") + "page=" + page + "&size=" + size;
                    Response response = authed().get(path);
                    assertThat(response.statusCode()).as(path).isIn(200, 422);
                    if (response.statusCode() == 422) {
                        assertThat(response.contentType()).as(path).startsWith(PROBLEM);
                    }
                }
            }
        }
    }

    @Test
    void aPathIdTooLargeForANumberIsNotFound() {
        for (String path : List.of("/api/v1/campaigns/99999999999999999999", "/api/v1/campaigns/99999999999999999999/messages",
                "/api/v1/segments/99999999999999999999", "/api/v1/ai/campaigns/99999999999999999999/insights")) {
            authed().get(path).then().statusCode(404).contentType(startsWith(PROBLEM));
        }
        authed().post("/api/v1/campaigns/99999999999999999999/cancel").then().statusCode(404).contentType(startsWith(PROBLEM));
    }

    @Test
    void pagesAnswerNotFoundForImpossibleIdsAndPagesForAnyPageNumber() throws Exception {
        PageSession session = PageSession.signIn();
        for (String path : List.of("/campaigns/99999999999999999999", "/campaigns/99999999999999999999/stats",
                "/campaigns/99999999999999999999/messages?page=2")) {
            HttpResponse<String> page = session.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Page not found");
        }
        for (String list : List.of("/customers", "/campaigns", "/campaigns/rows", "/campaigns?tag=vip")) {
            for (String number : HUGE) {
                String path = list + (list.contains("?") ? "&" : "?") + "page=" + number;
                assertThat(session.get(path).statusCode()).as(path).isEqualTo(200);
            }
        }
    }

    @Test
    void requiredTextOfUnicodeSpacesAndInvisibleCharactersIsMissing() {
        for (String blank : List.of("\u200B", "\u00A0\u200B", "\u2060\uFEFF", "\u3000", "\u3164")) {
            authed().body(Map.of("objective", blank)).post("/api/v1/ai/message-suggestions").then()
                    .statusCode(422).contentType(startsWith(PROBLEM)).body("errors.field", hasItem("objective"));
            authed().body(Map.of("text", blank)).post("/api/v1/ai/segment-rules").then()
                    .statusCode(422).body("errors.field", hasItem("text"));
            authed().body(Map.of("externalId", blank, "name", blank)).post("/api/v1/customers").then()
                    .statusCode(422).body("errors.field", hasItem("externalId")).body("errors.field", hasItem("name"));
            authed().body("{\"name\":\"" + blank + "\",\"rule\":{\"combinator\":\"and\",\"rules\":[]}}").post("/api/v1/segments").then()
                    .statusCode(422).body("errors.field", hasItem("name"));
            authed().body(Map.of("name", blank, "rule", Map.of("combinator", "and", "rules", List.of()), "template", "Hi {name}"))
                    .post("/api/v1/campaigns").then().statusCode(422).body("errors.field", hasItem("name"));
        }
    }
}
