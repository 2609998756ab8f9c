package com.minicrm.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * 9. STOP replies arrive while a 5,000-member SMS campaign is being sent: the repliers' still-queued
 * messages are withdrawn, never reach the vendor, and the outcome is exact.
 */
final class StopDuringCampaign implements Scenario {
    private static final int AUDIENCE = 5_000;
    private static final int REPLIERS = 25;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String run(Rig rig, String id) throws Exception {
        rig.prepare(id);
        // Slow enough that most of the audience still waits in the queue when the replies come.
        CrmApp app = rig.app(id, "app", Rig.APP_PORT, Map.of("CRM_VENDOR_RATE", "150"));
        app.start();
        try {
            rig.seedCustomers(id, AUDIENCE);
            long campaign = Rig.launchCampaign(app);
            Map<Long, Long> messageOf = new HashMap<>();
            Map<Long, String> phoneOf = new HashMap<>();
            try (Connection c = rig.connect(id)) {
                Invariants.awaitLeftQueued(c, campaign, AUDIENCE / 10);
                // Workers claim whole jobs ahead of the send rate, so the end of a half-frozen log is claimed
                // at once; once the whole audience is in, its last members are the last to be claimed.
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2)).pollInterval(java.time.Duration.ofMillis(100))
                        .until(() -> Invariants.count(c, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ?", campaign) == AUDIENCE);
                try (PreparedStatement st = c.prepareStatement("SELECT l.customer_id, l.id, cu.phone FROM communication_log l"
                        + " JOIN customer cu ON cu.id = l.customer_id WHERE l.campaign_id = ? AND l.status = 'QUEUED'"
                        + " ORDER BY l.id DESC LIMIT ?")) {
                    st.setLong(1, campaign);
                    st.setInt(2, REPLIERS);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            messageOf.put(rs.getLong(1), rs.getLong(2));
                            phoneOf.put(rs.getLong(1), rs.getString(3));
                        }
                    }
                }
            }
            Check check = new Check();
            check.equal("repliers found still queued", REPLIERS, messageOf.size());
            long withdrawn = 0;
            long changed = 0;
            for (String phone : phoneOf.values()) {
                HttpResponse<String> answer = rig.vendor.reply(app.base(), "SMS", phone, "  Stop ");
                check.equal("answer to the STOP from " + phone, 200, answer.statusCode());
                if (answer.statusCode() == 200) {
                    withdrawn += JSON.readTree(answer.body()).path("messagesWithdrawn").asLong();
                    changed += JSON.readTree(answer.body()).path("customersChanged").asLong();
                }
            }
            // From here on no replier may be sent anything: every send the vendor sees later is counted.
            long repliesAnswered = System.nanoTime();
            String summary;
            try (Connection c = rig.connect(id)) {
                Invariants.awaitCampaignDone(c, campaign, 600);
                summary = exact(c, campaign, check);
                long suppressed = Invariants.count(c, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ?"
                        + " AND status = 'SUPPRESSED' AND suppression_reason = 'unsubscribed'", campaign);
                check.equal("customers unsubscribed by the replies", (long) REPLIERS, changed);
                check.equal("messages withdrawn by the replies = SUPPRESSED (unsubscribed) rows", withdrawn, suppressed);
                check.that(withdrawn > 0, "no message was withdrawn: the replies came too late to test anything");
                long stillUnsubscribed = Invariants.count(c, "SELECT COUNT(*) FROM customer_subscription WHERE channel = 'SMS'"
                        + " AND status = 'unsubscribed' AND source = 'stop-reply'");
                check.equal("repliers unsubscribed from SMS", (long) REPLIERS, stillUnsubscribed);
                Set<Long> withdrawnIds = new HashSet<>();
                try (PreparedStatement st = c.prepareStatement("SELECT id FROM communication_log WHERE campaign_id = ?"
                        + " AND status = 'SUPPRESSED'")) {
                    st.setLong(1, campaign);
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            withdrawnIds.add(rs.getLong(1));
                        }
                    }
                }
                Set<Long> replierMessages = new HashSet<>(messageOf.values());
                check.that(replierMessages.containsAll(withdrawnIds), "a message of someone who did not reply was withdrawn");
                long seenByVendor = rig.vendor.attempts().stream().filter(a -> withdrawnIds.contains(a.messageId())).count();
                check.equal("vendor sends of withdrawn messages", 0L, seenByVendor);
                long afterReply = rig.vendor.attempts().stream()
                        .filter(a -> replierMessages.contains(a.messageId()) && a.atNanos() > repliesAnswered).count();
                check.equal("vendor sends to repliers after their STOP was answered", 0L, afterReply);
                summary = String.format(Locale.ROOT, "%d STOPs during the send withdrew %d queued messages, none of them"
                        + " sent; %s", REPLIERS, withdrawn, summary);
            }
            check.done();
            return summary;
        } finally {
            app.stop();
        }
    }

    /** Every member exactly one final row, and every counter equal to the log. */
    private static String exact(Connection c, long campaign, Check check) throws Exception {
        check.equal("campaign status", "COMPLETED", Invariants.campaignStatus(c, campaign));
        check.equal("log rows", (long) AUDIENCE, Invariants.count(c, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ?", campaign));
        check.equal("distinct members", (long) AUDIENCE,
                Invariants.count(c, "SELECT COUNT(DISTINCT customer_id) FROM communication_log WHERE campaign_id = ?", campaign));
        check.equal("rows not final", 0L, Invariants.count(c, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ?"
                + " AND status NOT IN ('SENT', 'FAILED', 'SUPPRESSED')", campaign));
        Map<String, Long> rows = Invariants.statusCounts(c, campaign);
        long sent = rows.getOrDefault("SENT", 0L);
        long failed = rows.getOrDefault("FAILED", 0L);
        long suppressed = rows.getOrDefault("SUPPRESSED", 0L);
        check.equal("sent_count = SENT rows", sent, Invariants.count(c, "SELECT sent_count FROM campaign WHERE id = ?", campaign));
        check.equal("failed_count = FAILED rows", failed, Invariants.count(c, "SELECT failed_count FROM campaign WHERE id = ?", campaign));
        check.equal("suppressed counters = SUPPRESSED rows", suppressed, Invariants.count(c, "SELECT suppressed_unsubscribed"
                + " + suppressed_frequency_cap + suppressed_no_address FROM campaign WHERE id = ?", campaign));
        check.equal("audience_size = sent + failed + suppressed", (long) AUDIENCE, Invariants.count(c,
                "SELECT sent_count + failed_count + suppressed_unsubscribed + suppressed_frequency_cap + suppressed_no_address"
                        + " FROM campaign WHERE id = ?", campaign));
        return String.format(Locale.ROOT, "%,d rows = audience: SENT %,d + FAILED %,d + SUPPRESSED %,d = counters",
                AUDIENCE, sent, failed, suppressed);
    }
}
