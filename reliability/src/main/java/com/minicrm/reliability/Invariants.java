package com.minicrm.reliability;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The guarantees, as SQL over what the CRM stored, compared with what was sent. */
final class Invariants {
    private Invariants() {}

    /** Waits until every customer and order of the data set is stored and the ingestion queue is empty. */
    static void awaitIngested(PrivateMariaDb db, String database, Broker broker, String vhost, DataSet data,
            long timeoutSeconds) throws SQLException {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        long customers = -1;
        long orders = -1;
        long queued = -1;
        while (System.nanoTime() < deadline) {
            try (Connection c = db.connect(database)) {
                customers = count(c, "SELECT COUNT(*) FROM customer WHERE placeholder = FALSE AND external_id LIKE ?", data.prefix() + "c-%");
                orders = count(c, "SELECT COUNT(*) FROM customer_order WHERE external_id LIKE ?", data.prefix() + "o-%");
            }
            queued = broker.messages(vhost, "crm.ingestion");
            if (customers >= data.customers() && orders >= data.orders() && queued == 0) {
                return;
            }
            Processes.sleep(1000);
        }
        throw new AssertionError(String.format(Locale.ROOT, "not all stored in %d s: customers %d/%d, orders %d/%d, queued %d",
                timeoutSeconds, customers, data.customers(), orders, data.orders(), queued));
    }

    /** The end of every ingestion scenario: nothing dead-lettered, and every row exactly once. */
    static String storedExactlyOnce(Rig rig, String scenario, DataSet data, Check check) throws SQLException {
        check.equal("dead-lettered messages", 0L, rig.broker.messages(scenario, "crm.ingestion.dlq"));
        try (Connection c = rig.connect(scenario)) {
            return ingestion(c, data, check);
        }
    }

    /** Every customer and order exactly once, on the right customer, with aggregates equal to a recomputation. */
    static String ingestion(Connection c, DataSet data, Check check) throws SQLException {
        String customers = data.prefix() + "c-%";
        String orders = data.prefix() + "o-%";
        check.equal("customer rows", (long) data.customers(), count(c, "SELECT COUNT(*) FROM customer WHERE external_id LIKE ?", customers));
        check.equal("distinct customers", (long) data.customers(),
                count(c, "SELECT COUNT(DISTINCT external_id) FROM customer WHERE external_id LIKE ?", customers));
        check.equal("placeholders left", 0L, count(c, "SELECT COUNT(*) FROM customer WHERE placeholder = TRUE AND external_id LIKE ?", customers));
        check.equal("order rows", (long) data.orders(), count(c, "SELECT COUNT(*) FROM customer_order WHERE external_id LIKE ?", orders));
        check.equal("distinct orders", (long) data.orders(),
                count(c, "SELECT COUNT(DISTINCT external_id) FROM customer_order WHERE external_id LIKE ?", orders));
        int skip = data.prefix().length() + 3;
        check.equal("orders on the wrong customer or with the wrong amount", 0L, count(c,
                "SELECT COUNT(*) FROM (SELECT o.amount, c.external_id cust, CAST(SUBSTRING(o.external_id, " + skip
                        + ") AS UNSIGNED) j FROM customer_order o JOIN customer c ON c.id = o.customer_id WHERE o.external_id LIKE ?) x"
                        + " WHERE x.cust <> CONCAT('" + data.prefix() + "c-', MOD(x.j * 7919, " + data.customers() + "))"
                        + " OR x.amount <> (10000 + MOD(x.j * 37, 5000) * 100 + MOD(x.j, 100)) / 100", orders));
        check.equal("customers whose aggregates differ from a recomputation", 0L, count(c,
                "SELECT COUNT(*) FROM customer c LEFT JOIN (SELECT customer_id, SUM(amount) s, COUNT(*) n, MIN(ordered_at) f,"
                        + " MAX(ordered_at) l FROM customer_order GROUP BY customer_id) o ON o.customer_id = c.id"
                        + " WHERE c.external_id LIKE ? AND (c.total_spend <> COALESCE(o.s, 0) OR c.visits <> COALESCE(o.n, 0)"
                        + " OR NOT (c.first_order_at <=> o.f) OR NOT (c.last_order_at <=> o.l)"
                        + " OR c.avg_order_value <> COALESCE(ROUND(o.s / o.n, 2), 0))", customers));
        BigDecimal spend = decimal(c, "SELECT COALESCE(SUM(total_spend), 0) FROM customer WHERE external_id LIKE ?", customers);
        check.that(spend.compareTo(data.totalAmount()) == 0, "total spend " + spend + " != amounts sent " + data.totalAmount());
        check.equal("visits", (long) data.orders(), count(c, "SELECT COALESCE(SUM(visits), 0) FROM customer WHERE external_id LIKE ?", customers));
        return String.format(Locale.ROOT, "customers %,d/%,d, orders %,d/%,d exactly once, aggregates = recomputation, spend %s",
                data.customers(), data.customers(), data.orders(), data.orders(), spend.toPlainString());
    }

    static void awaitCampaignDone(Connection c, long campaignId, long timeoutSeconds) throws SQLException {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        String status = null;
        while (System.nanoTime() < deadline) {
            status = campaignStatus(c, campaignId);
            if ("COMPLETED".equals(status)) {
                return;
            }
            Processes.sleep(500);
        }
        throw new AssertionError("campaign " + campaignId + " not COMPLETED in " + timeoutSeconds + " s: " + status + ", "
                + statusCounts(c, campaignId));
    }

    /** Waits until at least {@code count} of the campaign's messages have left QUEUED (claimed, sent or failed). */
    static void awaitLeftQueued(Connection c, long campaignId, long count) {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> count(c, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status <> 'QUEUED'", campaignId)
                        >= count);
    }

    static String campaignStatus(Connection c, long campaignId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT status FROM campaign WHERE id = ?")) {
            st.setLong(1, campaignId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static Map<String, Long> statusCounts(Connection c, long campaignId) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT status, COUNT(*) FROM communication_log WHERE campaign_id = ? GROUP BY status")) {
            st.setLong(1, campaignId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    /**
     * One log row per audience member, all final, the counters equal to the log, every FAILED row
     * with a reason, and every message the vendor took ending in the status its receipt gave.
     */
    static String campaign(Connection c, long campaignId, int audience, VendorStandIn vendor, Check check) throws SQLException {
        long id = campaignId;
        check.equal("campaign status", "COMPLETED", campaignStatus(c, id));
        check.equal("log rows", (long) audience, count(c, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ?", id));
        check.equal("distinct members", (long) audience,
                count(c, "SELECT COUNT(DISTINCT customer_id) FROM communication_log WHERE campaign_id = ?", id));
        check.equal("rows not final", 0L,
                count(c, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status NOT IN ('SENT', 'FAILED')", id));
        check.equal("FAILED rows without a reason", 0L, count(c,
                "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status = 'FAILED' AND COALESCE(last_error, '') = ''", id));
        long sent = count(c, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status = 'SENT'", id);
        long failed = count(c, "SELECT COUNT(*) FROM communication_log WHERE campaign_id = ? AND status = 'FAILED'", id);
        check.equal("audience_size counter", (long) audience, count(c, "SELECT audience_size FROM campaign WHERE id = ?", id));
        check.equal("sent_count counter = SENT rows", sent, count(c, "SELECT sent_count FROM campaign WHERE id = ?", id));
        check.equal("failed_count counter = FAILED rows", failed, count(c, "SELECT failed_count FROM campaign WHERE id = ?", id));
        int mismatched = 0;
        int neverTaken = 0;
        Map<String, Integer> reasons = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, status, last_error FROM communication_log WHERE campaign_id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String told = vendor.receiptStatus(rs.getLong(1));
                    if (told == null) {
                        neverTaken++;
                        reasons.merge(reasonKind(rs.getString(3)), 1, Integer::sum);
                    } else if (!told.equals(rs.getString(2))) {
                        mismatched++;
                    }
                }
            }
        }
        check.equal("messages whose final status differs from the vendor's receipt", 0, mismatched);
        long duplicates = vendor.acceptedMoreThanOnce();
        return String.format(Locale.ROOT, "%,d rows = audience, SENT %,d + FAILED %,d = counters; vendor took %,d"
                        + " (sent twice: %d), never taken %d %s", audience, sent, failed, audience - neverTaken, duplicates,
                neverTaken, reasons);
    }

    /** The first words of a failure reason, enough to group them. */
    private static String reasonKind(String reason) {
        if (reason == null) {
            return "none";
        }
        String[] words = reason.split(" ");
        return words.length > 3 ? String.join(" ", java.util.Arrays.copyOf(words, 3)) + "…" : reason;
    }

    static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static BigDecimal decimal(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, param);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }
}
