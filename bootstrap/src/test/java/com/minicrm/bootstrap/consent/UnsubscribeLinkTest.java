package com.minicrm.bootstrap.consent;

import static com.minicrm.bootstrap.consent.EmailLinks.authed;
import static com.minicrm.bootstrap.consent.EmailLinks.launchEmail;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import com.minicrm.domain.consent.UnsubscribeLinks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * An e-mail campaign renders {{unsubscribe_url}} into each recipient's own signed link; opening it
 * asks to confirm, one POST (a browser's form or a mail client's RFC 8058 one-click) unsubscribes that
 * customer's e-mail with source unsubscribe-link, and any forged, altered or cut link changes nothing.
 */
@QuarkusTest
class UnsubscribeLinkTest {
        @Inject
    DataSource dataSource;
    @ConfigProperty(name = "crm.public-url")
    String publicUrl;

    /** No session, no cookies, no CSRF token: as a customer's browser or a mail provider arrives. */
    private static RequestSpecification stranger() {
        return given().redirects().follow(false);
    }

    @Test
    void theRenderedLinkUnsubscribesItsOwnCustomerOnceAndOnlyThem() throws Exception {
        String city = EmailLinks.city("Unsub");
        List<Long> ids = EmailLinks.customers(dataSource, city, 3);
        long campaign = launchEmail(city, "Hi {{first_name|there}}, 10% off. Not for you? {{unsubscribe_url}}");
        List<String> messages = EmailLinks.messages(dataSource, campaign, 3);

        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Matcher m = EmailLinks.link(messages.get(i));
            assertThat(m.group(1)).isEqualTo(publicUrl);
            paths.add(m.group(2));
            assertThat(m.group(2)).startsWith("/unsubscribe/" + campaign + "." + ids.get(i) + ".");
        }
        assertThat(paths).doesNotHaveDuplicates();
        String first = paths.get(0);
        // no secret is configured in tests: the link is signed with the one the app generated and stored
        String secret = storedSecret();
        assertThat(secret).matches("[0-9a-f]{64}");
        assertThat(first).endsWith("." + hmac(secret, "unsubscribe/v1/" + campaign + "/" + ids.get(0)));

        stranger().get(first).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Unsubscribe from our e-mails?"))
                .body(containsString("p•••0@example.in"))
                .body(containsString("name=\"List-Unsubscribe\" value=\"One-Click\""));
        assertThat(emailStatus(city + "-0")).isEqualTo("subscribed");

        // RFC 8058: the mail provider's POST carries exactly this form body, and no cookie of ours
        stranger().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click").post(first)
                .then().statusCode(200).body(containsString("You are unsubscribed"));

        JsonPath customer = customer(city + "-0");
        assertThat(customer.getString("subscriptions.email.status")).isEqualTo("unsubscribed");
        assertThat(customer.getString("subscriptions.email.source")).isEqualTo("unsubscribe-link");
        assertThat(customer.getString("subscriptions.email.changedBy")).isEqualTo("campaign " + campaign);
        assertThat(customer.getString("subscriptions.sms.status")).isEqualTo("subscribed");
        assertThat(changes(ids.get(0))).isEqualTo(1);

        // again, and with an empty body as a plain form would send it: harmless, still one change
        stranger().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click").post(first).then().statusCode(200);
        stranger().post(first).then().statusCode(200).body(containsString("You are unsubscribed"));
        assertThat(changes(ids.get(0))).isEqualTo(1);
        stranger().get(first).then().statusCode(200).body(containsString("You are unsubscribed"));

        assertThat(emailStatus(city + "-1")).isEqualTo("subscribed");
        assertThat(emailStatus(city + "-2")).isEqualTo("subscribed");
    }

    @Test
    void forgedAlteredOrCutLinksAreRefusedAndChangeNothing() throws SQLException {
        String city = EmailLinks.city("Forge");
        List<Long> ids = EmailLinks.customers(dataSource, city, 2);
        long campaign = launchEmail(city, "Hello {{name}}: {{unsubscribe_url}}");
        List<String> messages = EmailLinks.messages(dataSource, campaign, 2);
        String genuine = EmailLinks.link(messages.get(0)).group(2);
        String signature = genuine.substring(genuine.lastIndexOf('.') + 1);
        char last = signature.charAt(signature.length() - 1);

        List<String> forged = List.of(
                "/unsubscribe/" + campaign + "." + ids.get(1) + "." + signature,        // the neighbour's id under this signature
                "/unsubscribe/" + (campaign + 1) + "." + ids.get(0) + "." + signature,  // another campaign
                genuine.substring(0, genuine.length() - 1) + (last == 'A' ? 'B' : 'A'), // one character changed
                genuine.substring(0, genuine.length() - 5),                              // cut short
                "/unsubscribe/" + UnsubscribeLinks.SAMPLE_TOKEN,                          // the preview's sample
                "/unsubscribe/" + campaign + "." + ids.get(1) + ".x");
        for (String path : forged) {
            stranger().get(path).then().statusCode(400).body(containsString("This unsubscribe link is not valid"));
            stranger().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click").post(path)
                    .then().statusCode(400).body(containsString("Nothing was changed"));
        }

        assertThat(changes(ids.get(0))).isZero();
        assertThat(changes(ids.get(1))).isZero();
        assertThat(emailStatus(city + "-0")).isEqualTo("subscribed");
        assertThat(emailStatus(city + "-1")).isEqualTo("subscribed");
    }

    @Test
    void thePublicPathOpensNothingElse() {
        stranger().get("/customers").then().statusCode(302).header("Location", containsString("/local-oidc/authorize"));
        assertThat(stranger().get("/unsubscribe").statusCode()).isIn(302, 404);
        stranger().get("/unsubscribe-me/1.2.x").then().statusCode(302);
        stranger().contentType("application/x-www-form-urlencoded").body("channel=EMAIL&status=unsubscribed")
                .post("/customers/anyone/subscriptions").then().statusCode(302);
        // the page answers with the app's security headers and asks not to be indexed
        stranger().get("/unsubscribe/1.2.x").then().statusCode(400)
                .header("Content-Security-Policy", startsWith("default-src 'self'"))
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", containsString("noindex"));
    }

    @Test
    void thePlaceholderIsForEmailOnlyAndPreviewsShowASampleLink() {
        String rule = "{\"combinator\": \"and\", \"rules\": [{\"field\": \"city\", \"operator\": \"=\", \"value\": \"Nowhere-x\"}]}";
        authed().body("{\"name\": \"SMS link\", \"rule\": " + rule + ", \"channel\": \"SMS\", \"template\": \"Bye {{unsubscribe_url}}\"}")
                .post("/api/v1/campaigns").then().statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("template"))
                .body("errors[0].message", containsString("e-mail only"));
        authed().body("{\"name\": \"Subject link\", \"rule\": " + rule + ", \"channel\": \"EMAIL\", \"template\": \"Hi\","
                        + " \"subject\": \"Hi {{unsubscribe_url}}\"}")
                .post("/api/v1/campaigns").then().statusCode(422).body("errors[0].field", org.hamcrest.Matchers.equalTo("subject"));

        authed().body("{\"template\": \"Bye: {{unsubscribe_url}}\"}").post("/api/v1/campaigns/message-preview").then().statusCode(200)
                .body("text", org.hamcrest.Matchers.equalTo("Bye: " + publicUrl + "/unsubscribe/" + UnsubscribeLinks.SAMPLE_TOKEN));
        authed().body("{\"template\": \"Bye: {{unsubscribe_url}}\", \"channel\": \"WHATSAPP\"}").post("/api/v1/campaigns/message-preview")
                .then().statusCode(422).body("errors[0].field", org.hamcrest.Matchers.equalTo("template"));
    }

    @Test
    void anApiKeyChangesSubscriptionsAsApiAndNamesItself() throws SQLException {
        String city = EmailLinks.city("Patch");
        EmailLinks.customers(dataSource, city, 1);
        String id = city + "-0";

        authed().body("{\"sms\": \"unsubscribed\", \"email\": \"subscribed\"}").patch("/api/v1/customers/" + id + "/subscriptions")
                .then().statusCode(200)
                .body("sms.status", org.hamcrest.Matchers.equalTo("unsubscribed"))
                .body("sms.source", org.hamcrest.Matchers.equalTo("api"))
                .body("sms.changedBy", startsWith("api-key:"))
                .body("email.status", org.hamcrest.Matchers.equalTo("subscribed"));
        assertThat(customer(id).getString("subscriptions.sms.status")).isEqualTo("unsubscribed");

        authed().body("{\"sms\": \"maybe\"}").patch("/api/v1/customers/" + id + "/subscriptions").then().statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("subscriptions.sms"));
        authed().body("{}").patch("/api/v1/customers/" + id + "/subscriptions").then().statusCode(422);
        authed().body("{\"sms\": \"subscribed\"}").patch("/api/v1/customers/nobody-" + city + "/subscriptions").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"sms\": \"subscribed\"}").patch("/api/v1/customers/" + id + "/subscriptions")
                .then().statusCode(401);
    }

    private String storedSecret() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT value FROM app_secret WHERE name = 'unsubscribe-secret'");
                ResultSet rs = st.executeQuery()) {
            assertThat(rs.next()).as("a generated unsubscribe secret").isTrue();
            return rs.getString(1);
        }
    }

    private static String hmac(String secret, String payload) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private int changes(long customerId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM subscription_change WHERE customer_id = ?")) {
            st.setLong(1, customerId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static JsonPath customer(String externalId) {
        Response response = authed().get("/api/v1/customers/" + externalId);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.jsonPath();
    }

    private static String emailStatus(String externalId) {
        return customer(externalId).getString("subscriptions.email.status");
    }
}
