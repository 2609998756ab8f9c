package com.minicrm.reliability;

import java.sql.Connection;
import java.util.Map;

/** 4. kill -9 the app while a 20,000-member campaign is being delivered; after a restart it completes, exactly. */
final class CrashMidCampaign implements Scenario {
    private static final int AUDIENCE = 20_000;

    @Override
    public String run(Rig rig, String id) throws Exception {
        rig.prepare(id);
        // A receipt timeout well above the restart time, so receipts the vendor holds back during
        // the outage still decide their messages; the rate keeps delivery long enough to interrupt.
        // Messages the dead instance had claimed go back to the queue after the lost-job timeout,
        // well before the receipt timeout, so they are sent rather than failed for want of a receipt.
        Map<String, String> settings = Map.of("CRM_RECEIPT_TIMEOUT", "60s", "CRM_VENDOR_RATE", "800",
                "CRM_LOST_JOB_TIMEOUT", "20s", "CRM_RECONCILE_EVERY", "5s");
        CrmApp app = rig.app(id, "app", Rig.APP_PORT, settings);
        app.start();
        try {
            rig.seedCustomers(id, AUDIENCE);
            long campaign = Rig.launchCampaign(app);
            Map<String, Long> atKill;
            try (Connection c = rig.connect(id)) {
                Invariants.awaitLeftQueued(c, campaign, AUDIENCE / 4);
                app.kill9();
                atKill = Invariants.statusCounts(c, campaign);
            }
            app.start();
            Check check = new Check();
            String summary;
            try (Connection c = rig.connect(id)) {
                Invariants.awaitCampaignDone(c, campaign, 600);
                check.that(atKill.getOrDefault("QUEUED", 0L) > 0, "the kill came after every message was claimed: " + atKill);
                long unsent = Invariants.count(c, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ?"
                        + " AND last_error LIKE 'no receipt%'", campaign);
                check.that(unsent == 0, unsent + " messages failed for want of a receipt instead of being sent");
                summary = Invariants.campaign(c, campaign, AUDIENCE, rig.vendor, check);
            }
            check.done();
            return "killed with " + atKill + "; " + summary;
        } finally {
            app.stop();
        }
    }
}
