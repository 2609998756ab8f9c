package com.minicrm.application.service.ai;

import com.minicrm.application.port.out.ai.CampaignStatistics.Breakdown;
import com.minicrm.application.port.out.ai.CampaignStatistics.Group;
import com.minicrm.application.port.out.ai.CampaignStatistics.Reason;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.insight.Fact;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The facts of a campaign summary: reach, outcomes, delivery rate overall, by spend band and by city, failure reasons, duration. */
final class CampaignFacts {
    private CampaignFacts() {}

    static List<Fact> of(Campaign c, Breakdown breakdown, Instant now) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("reached", "Audience reached", c.audienceSize()));
        facts.add(new Fact("delivered", "Delivered", c.sent()));
        facts.add(new Fact("failed", "Failed", c.failed()));
        facts.add(new Fact("pending", "Still pending", c.pending()));
        if (c.sent() + c.failed() > 0) {
            facts.add(new Fact("delivery_rate", "Delivery rate (%)", rate(c.sent(), c.sent() + c.failed())));
        }
        for (Group band : breakdown.spendBands()) {
            if (band.total() > 0) {
                facts.add(new Fact("spend_" + key(band.name()) + "_rate", "Delivery rate (%), spend " + band.name(),
                        rate(band.sent(), band.total())));
            }
        }
        for (Group city : breakdown.cities()) {
            if (city.total() > 0) {
                facts.add(new Fact("city_" + key(city.name()) + "_rate", "Delivery rate (%) in " + city.name(),
                        rate(city.sent(), city.total())));
            }
        }
        for (Reason reason : breakdown.failures()) {
            facts.add(new Fact("failure_" + key(reason.reason()), "Failed: " + reason.reason(), reason.count()));
        }
        c.startedAt().ifPresent(start -> {
            Instant end = c.finishedAt().orElse(now);
            facts.add(new Fact(c.finishedAt().isPresent() ? "minutes_to_complete" : "minutes_running",
                    c.finishedAt().isPresent() ? "Minutes to complete" : "Minutes running so far",
                    Math.max(0, Duration.between(start, end).toMinutes())));
        });
        return facts;
    }

    private static double rate(long part, long whole) {
        return Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
