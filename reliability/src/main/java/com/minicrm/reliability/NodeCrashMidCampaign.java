package com.minicrm.reliability;

import java.sql.Connection;
import java.util.Map;

/**
 * c2. kill -9 the RabbitMQ node that leads the delivery-job queue while a 20,000-member campaign is
 * delivered; the app fails over by itself and the campaign completes with one log row per member
 * and counters equal to the log.
 */
final class NodeCrashMidCampaign implements Scenario {
    private static final int AUDIENCE = 20_000;

    @Override
    public String run(Rig rig, String id) throws Exception {
        RabbitCluster cluster = (RabbitCluster) rig.broker;
        rig.prepare(id);
        // As in s4: a receipt timeout well above the failover, a rate that keeps delivery long enough
        // to interrupt, and a lost-job timeout that re-queues the jobs a crash may have taken along.
        Map<String, String> settings = Map.of("CRM_RECEIPT_TIMEOUT", "60s", "CRM_VENDOR_RATE", "800",
                "CRM_LOST_JOB_TIMEOUT", "20s", "CRM_RECONCILE_EVERY", "5s");
        CrmApp app = rig.app(id, "app", Rig.APP_PORT, settings);
        app.start();
        long pid = app.pid();
        int killed = 0;
        try {
            Map<String, String> before = cluster.layout(id);
            // Looked up before the campaign: the CLI is slow on a busy machine, and the kill must come mid-campaign.
            int leader = cluster.leader(id, "crm.delivery-jobs");
            rig.seedCustomers(id, AUDIENCE);
            long campaign = Rig.launchCampaign(app);
            Map<String, Long> atKill;
            try (Connection c = rig.connect(id)) {
                Invariants.awaitLeftQueued(c, campaign, AUDIENCE / 4);
                killed = leader;
                cluster.kill9(killed);
                atKill = Invariants.statusCounts(c, campaign);
            }
            Check check = new Check();
            String summary;
            try (Connection c = rig.connect(id)) {
                Invariants.awaitCampaignDone(c, campaign, 600);
                ClusterChecks.quorumOnThreeNodes(before, check);
                check.that(killed != 0, "crm.delivery-jobs had no leader before the crash: " + before);
                check.that(atKill.getOrDefault("QUEUED", 0L) > 0, "the crash came after every message was claimed: " + atKill);
                check.that(app.alive() && app.pid() == pid, "the app did not survive the node's crash");
                long unsent = Invariants.count(c, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ?"
                        + " AND last_error LIKE 'no receipt%'", campaign);
                check.equal("messages failed for want of a receipt", 0L, unsent);
                summary = Invariants.campaign(c, campaign, AUDIENCE, rig.vendor, check);
            }
            Map<String, String> after = cluster.layout(id);
            check.done();
            return "node " + killed + " (leader of crm.delivery-jobs) killed with " + atKill + "; same app process; leaders after "
                    + after + "; " + summary;
        } finally {
            app.stop();
            if (killed != 0) {
                cluster.startNode(killed);
            }
        }
    }
}
