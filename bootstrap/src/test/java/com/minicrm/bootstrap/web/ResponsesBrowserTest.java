package com.minicrm.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.in.demo.SimulateResponsesUseCase;
import com.minicrm.bootstrap.outcome.RespondedCampaign;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo page simulates responses to a delivered campaign and says how many orders it sent, and a
 * campaign with conversions offers its converters as the lookalike seed, answered as a ranked list.
 */
@QuarkusTest
class ResponsesBrowserTest extends BrowserTest {
    @Inject
    DataSource dataSource;

    @Test
    void theDemoPageSimulatesResponsesAndTheCampaignPageFindsPeopleLikeItsConverters() throws SQLException {
        // the page simulates with the default seed: the same customers again, so nothing is stored twice
        RespondedCampaign demo = RespondedCampaign.create(dataSource, 200, SimulateResponsesUseCase.DEFAULT_SEED);
        int orders = demo.simulated().getInt("deliveredOrders");

        SignIn.asMarketer(browser, "/demo");
        new Select(browser.waitFor(By.id("responses-campaign"))).selectByValue(String.valueOf(demo.id()));
        browser.find(By.id("simulate-responses")).click();
        String sent = browser.waitFor(By.id("responses-sent")).getText();
        assertThat(sent).contains("Sent " + orders + " orders from the " + demo.simulated().getInt("delivered") + " delivered recipients");
        Accessibility.assertNoSeriousViolations(browser);

        browser.open("/campaigns/" + demo.id());
        assertThat(browser.waitFor(By.id("lookalike-seed")).getText()).contains("its " + orders + " converters");
        browser.find(By.id("lookalike-seed-converters")).click();
        browser.find(By.id("find-lookalike")).click();
        assertThat(browser.waitFor(By.id("lookalike-converters-size")).getText())
                .endsWith("customers who did not buy after this campaign look like those who did.");
        assertThat(browser.find(By.id("lookalike-ranked")).getText()).contains("cannot leave out the campaign's converters");
        assertThat(browser.find(By.id("create-lookalike-segment")).isDisplayed()).isFalse();
        assertThat(browser.find(By.id("lookalike-size")).isDisplayed()).isFalse();
        Accessibility.assertNoSeriousViolations(browser);
    }
}
