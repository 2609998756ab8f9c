package com.minicrm.reliability;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * 6. The vendor refuses 30% of sends with 503, then stops answering for a while: sends are retried
 * with backoff, none is lost, and those over the attempt limit are FAILED with the reason.
 */
final class VendorTrouble implements Scenario {
    private static final int AUDIENCE = 6_000;
    private static final int MAX_ATTEMPTS = 4;
    private static final long BASE_DELAY_MS = 200;
    private static final long TIMEOUT_MS = 1000;

    @Override
    public String run(Rig rig, String id) throws Exception {
        rig.prepare(id);
        CrmApp app = rig.app(id, "app", Rig.APP_PORT, Map.of("CRM_VENDOR_RATE", "300", "CRM_VENDOR_TIMEOUT", TIMEOUT_MS + "ms",
                "CRM_VENDOR_MAX_ATTEMPTS", Integer.toString(MAX_ATTEMPTS), "CRM_VENDOR_RETRY_BASE", BASE_DELAY_MS + "ms",
                "CRM_VENDOR_RETRY_MAX", "2s", "CRM_RECEIPT_TIMEOUT", "60s"));
        app.start();
        try {
            rig.seedCustomers(id, AUDIENCE);
            rig.vendor.refuse(0.3);
            rig.vendor.hangFor(3 * TIMEOUT_MS);
            rig.vendor.mode(VendorStandIn.Mode.FLAKY);
            long campaign = Rig.launchCampaign(app);
            // 8 s of 503s, then 8 s of hanging, while the campaign is delivered.
            Processes.sleep(8_000);
            rig.vendor.mode(VendorStandIn.Mode.HANGING);
            Processes.sleep(8_000);
            rig.vendor.mode(VendorStandIn.Mode.HEALTHY);
            Check check = new Check();
            String summary;
            long overLimitFailed;
            long overLimitWithReason;
            long neverTaken;
            try (Connection c = rig.connect(id)) {
                Invariants.awaitCampaignDone(c, campaign, 600);
                summary = Invariants.campaign(c, campaign, AUDIENCE, rig.vendor, check);
                overLimitFailed = Invariants.count(c, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status = 'FAILED'"
                        + " AND vendor_message_id IS NULL", campaign);
                neverTaken = 0;
                try (java.sql.PreparedStatement st = c.prepareStatement("SELECT id FROM communication_log WHERE campaign_id = ?")) {
                    st.setLong(1, campaign);
                    try (java.sql.ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            neverTaken += rig.vendor.receiptStatus(rs.getLong(1)) == null ? 1 : 0;
                        }
                    }
                }
                overLimitWithReason = Invariants.count(c, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status = 'FAILED'"
                        + " AND vendor_message_id IS NULL AND last_error LIKE ?", campaign, "%after " + MAX_ATTEMPTS + " attempt(s)%");
            }
            Map<Long, List<VendorStandIn.Attempt>> perMessage = rig.vendor.attempts().stream()
                    .collect(Collectors.groupingBy(VendorStandIn.Attempt::messageId, TreeMap::new, Collectors.toList()));
            int retried = 0;
            int exhausted = 0;
            List<String> tooSoon = new ArrayList<>();
            for (Map.Entry<Long, List<VendorStandIn.Attempt>> entry : perMessage.entrySet()) {
                List<VendorStandIn.Attempt> tries = entry.getValue();
                tries.sort((x, y) -> Long.compare(x.atNanos(), y.atNanos()));
                check.that(tries.size() <= MAX_ATTEMPTS, "message " + entry.getKey() + " was tried " + tries.size() + " times");
                retried += tries.size() > 1 ? 1 : 0;
                exhausted += tries.size() == MAX_ATTEMPTS && tries.stream().noneMatch(t -> "202".equals(t.outcome())) ? 1 : 0;
                for (int k = 1; k < tries.size(); k++) {
                    long gapMs = (tries.get(k).atNanos() - tries.get(k - 1).atNanos()) / 1_000_000;
                    // Exponential backoff with 50% jitter waits at least half of base * 2^(k-1). After a hang the
                    // client's timeout comes on top, but it starts before the request reaches the vendor (a pooled
                    // connection may be awaited first), so from here only the backoff part is a safe lower bound.
                    long least = (BASE_DELAY_MS << (k - 1)) / 2 - 5;
                    if (gapMs < least) {
                        tooSoon.add(entry.getKey() + "#" + k + " " + gapMs + "ms<" + least + "ms");
                    }
                }
            }
            long refusals = rig.vendor.attempts().stream().filter(a -> "503".equals(a.outcome())).count();
            long hangs = rig.vendor.attempts().stream().filter(a -> "HUNG".equals(a.outcome())).count();
            check.that(refusals > 0 && hangs > 0, "the vendor trouble never happened: " + refusals + " 503s, " + hangs + " hangs");
            check.that(retried > 0, "nothing was retried");
            check.that(exhausted > 0, "no message reached the attempt limit");
            // A timed-out attempt may never reach the vendor (it can time out waiting for a connection), so the
            // vendor sees at most, not exactly, the attempts of a message that used them all.
            check.that(exhausted <= overLimitFailed, exhausted + " messages tried 4 times at the vendor, but only "
                    + overLimitFailed + " FAILED without vendor id");
            check.equal("messages the vendor never took = FAILED with the reason 'after " + MAX_ATTEMPTS + " attempt(s)'",
                    neverTaken, overLimitWithReason);
            check.that(tooSoon.isEmpty(), "retries sooner than the backoff: " + tooSoon.subList(0, Math.min(5, tooSoon.size())));
            check.done();
            return String.format("%d 503s and %d timed-out sends; %d messages retried with backoff, none sooner than it allows;"
                    + " %d used all %d attempts and are FAILED with the reason; %s", refusals, hangs, retried, overLimitWithReason,
                    MAX_ATTEMPTS, summary);
        } finally {
            rig.vendor.mode(VendorStandIn.Mode.HEALTHY);
            app.stop();
        }
    }
}
