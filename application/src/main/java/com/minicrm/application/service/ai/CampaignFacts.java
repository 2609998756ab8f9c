package com.minicrm.application.service.ai;

import com.minicrm.application.port.out.ai.CampaignStatistics.Breakdown;
import com.minicrm.application.port.out.ai.CampaignStatistics.Group;
import com.minicrm.application.port.out.ai.CampaignStatistics.Reason;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.insight.Fact;
import com.minicrm.domain.insight.Fact.Base;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts of a campaign summary: audience, outcomes, delivery rate overall, by spend band and by
 * city, failure reasons, duration, then the conversion facts of {@link OutcomeFacts}. Every delivery
 * rate is a share of the messages finished (sent or failed) so far, the one base that means the same
 * while a campaign runs and after it ends.
 */
final class CampaignFacts {
    private CampaignFacts() {}

    static List<Fact> of(Campaign c, Breakdown breakdown, Instant now) {
        boolean running = c.pending() > 0;
        long finished = (long) c.sent() + c.failed();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("reached", "Audience", c.audienceSize()));
        facts.add(new Fact("finished", running ? "Finished so far (sent or failed)" : "Finished (sent or failed)", finished));
        facts.add(new Fact("delivered", "Delivered", c.sent()));
        facts.add(new Fact("failed", "Failed", c.failed()));
        facts.add(new Fact("pending", "Still pending", c.pending()));
        if (c.suppressed().total() > 0) {
            facts.add(new Fact("suppressed", "Not messaged (unsubscribed, over the frequency cap or without an address)",
                    c.suppressed().total()));
        }
        if (finished > 0) {
            facts.add(rate("delivery_rate", "Delivery rate (% of finished messages)", c.sent(), finished));
        }
        for (Group band : breakdown.spendBands()) {
            if (band.finished() > 0) {
                facts.add(rate("spend_" + key(band.name()) + "_rate", "Delivery rate (% of finished messages), spend "
                        + band.name(), band.sent(), band.finished()));
            }
        }
        for (Group city : breakdown.cities()) {
            if (city.finished() > 0) {
                facts.add(rate("city_" + key(city.name()) + "_rate", "Delivery rate (% of finished messages) in "
                        + city.name(), city.sent(), city.finished()));
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

    private static Fact rate(String key, String label, long part, long whole) {
        return new Fact(key, label, Math.round(part * 1000.0 / whole) / 10.0, Base.FINISHED);
    }

    private static String key(String name) {
        return OutcomeFacts.key(name);
    }
}
