package com.minicrm.bootstrap.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.minicrm.bootstrap.campaign.CampaignFixtures;
import com.minicrm.bootstrap.web.Accessibility;
import com.minicrm.bootstrap.web.BrowserTest;
import com.minicrm.bootstrap.web.SignIn;
import com.minicrm.bootstrap.wiring.QuietHoursClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A promotional SMS launched at 22:30 in Kolkata waits, queued, until 09:00 and then goes out, each
 * member exactly once; a transactional SMS and an e-mail launched at the same moment go out at once.
 * The brand's clock is moved by hand; the rest of the app keeps real time.
 */
@QuarkusTest
@TestProfile(QuietHoursProfile.class)
class QuietHoursDeliveryTest extends BrowserTest {
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final int MEMBERS = 40;
    private final LocalDate today = LocalDate.now(KOLKATA);
    private final MovableClock clock = new MovableClock(today.atTime(22, 30).atZone(KOLKATA).toInstant());

    @Inject
    DataSource dataSource;

    @BeforeEach
    void pinTheBrandsClock() {
        QuarkusMock.installMockForType(clock, Clock.class, QuietHoursClock.Literal.INSTANCE);
    }

    @Test
    void aPromotionalSmsLaunchedAtHalfPastTenWaitsForNineWhileTransactionalAndEmailGoAtOnce() throws Exception {
        String city = ConsentData.uniqueCity();
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < MEMBERS; i++) {
                ConsentData.customer(c, city, i, "+91 9" + String.format("%09d", Math.abs((city + i).hashCode()) % 1_000_000_000),
                        "q" + i + "@example.in");
            }
        }
        long promotional = ConsentData.launch(city, "SMS", false);
        long transactional = ConsentData.launch(city, "SMS", true);
        long email = ConsentData.launch(city, "EMAIL", false);

        awaitSettled(transactional);
        awaitSettled(email);
        Instant nine = today.plusDays(1).atTime(LocalTime.of(9, 0)).atZone(KOLKATA).toInstant();
        await().atMost(Duration.ofSeconds(30)).until(() -> nine.toString().equals(campaign(promotional).getString("quietHoursResumeAt")));
        assertThat(campaign(transactional).getString("quietHoursResumeAt")).isNull();
        assertThat(campaign(email).getString("quietHoursResumeAt")).isNull();

        SignIn.asMarketer(browser, "/campaigns/" + promotional);
        assertThat(browser.waitFor(By.id("quiet-hours-notice")).getText())
                .startsWith("Paused for quiet hours — resumes at 09:00 IST on " + nine.atZone(KOLKATA).getDayOfMonth() + " ");
        Accessibility.assertNoSeriousViolations(browser);
        browser.open("/campaigns/" + email);
        browser.waitFor(By.id("suppression-panel"));
        assertThat(browser.driver().findElements(By.id("quiet-hours-notice"))).isEmpty();

        clock.set(nine.minusSeconds(1));
        // nothing may happen for three seconds of resume checks: held for the whole time, not just at the end
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() ->
                rows(promotional, "status = 'QUEUED' AND submitted_at IS NULL AND attempts = 0") == MEMBERS);
        assertThat(rows(promotional, "status = 'QUEUED' AND submitted_at IS NULL AND attempts = 0")).isEqualTo(MEMBERS);
        assertThat(campaign(promotional).getInt("pending")).isEqualTo(MEMBERS);

        clock.set(nine);
        JsonPath sent = awaitSettled(promotional);
        assertThat(sent.getString("quietHoursResumeAt")).isNull();
        assertThat(rows(promotional, "status IN ('SENT', 'FAILED') AND attempts >= 1")).isEqualTo(MEMBERS);
        assertThat(CampaignFixtures.count(dataSource, "SELECT COUNT(DISTINCT customer_id) FROM communication_log WHERE campaign_id = ?",
                promotional)).isEqualTo(MEMBERS);
        assertThat(sent.getInt("sent")).isEqualTo((int) rows(promotional, "status = 'SENT'"));
        assertThat(sent.getInt("failed")).isEqualTo((int) rows(promotional, "status = 'FAILED'"));
        assertThat(sent.getInt("sent") + sent.getInt("failed")).isEqualTo(MEMBERS);
    }

    /** Waits until no member of the campaign is QUEUED, SENDING or SUBMITTED, and checks the counters against the log. */
    private JsonPath awaitSettled(long id) throws Exception {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> rows(id, "status IN ('QUEUED', 'SENDING', 'SUBMITTED')") == 0 && campaign(id).getInt("pending") == 0);
        JsonPath campaign = campaign(id);
        assertThat(campaign.getInt("audienceSize")).isEqualTo(MEMBERS);
        assertThat(rows(id, "status IN ('SENT', 'FAILED')")).isEqualTo(MEMBERS);
        return campaign;
    }

    private long rows(long campaignId, String condition) throws Exception {
        return CampaignFixtures.count(dataSource, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND " + condition, campaignId);
    }

    private static JsonPath campaign(long id) {
        return given().header("Authorization", "Bearer test-api-key").get("/api/v1/campaigns/" + id)
                .then().statusCode(200).extract().jsonPath();
    }
}
