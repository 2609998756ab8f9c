package com.minicrm.bootstrap.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.application.port.out.AudienceRules;
import com.minicrm.application.port.out.Campaigns;
import com.minicrm.application.port.out.CommunicationLog;
import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.CampaignDraft;
import com.minicrm.domain.campaign.DeliveryStatus;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 20's side-by-side measurement: the freeze of one audience (100,000 members by default) with
 * the consent checks (subscriptions, frequency cap) and without them, in the same app and database,
 * alternating, several rounds, each through {@link CommunicationLog#freezeNextChunk} chunk by chunk
 * from the campaign's launch to its audience being fully frozen (the same code path the app runs;
 * no delivery). "Without" swaps in {@link SwitchableConsentStep} switched off, so the app needs no
 * switch. Each round also measures a floor: one plain {@code INSERT ... SELECT} of the same audience
 * into a scratch copy of communication_log.
 *
 * <p>The data: every member has a phone; every tenth is unsubscribed from SMS and every tenth another
 * explicitly subscribed; an earlier promotional SMS campaign three hours ago reached everyone (SENT,
 * SUBMITTED, QUEUED, which the cap counts, and FAILED, CANCELLED, which it does not), and one 30 hours
 * ago (outside the window) reached everyone too. After every freeze its rows are deleted, so every
 * freeze sees the same database. Each freeze's outcome is checked against a count worked out here from
 * the generating rule, so a freeze that skipped or wrongly applied a check fails the run.
 *
 * <p>Not part of the suite (the name does not match surefire's patterns); run it with
 * {@code scripts/bench-freeze.sh}.
 */
@QuarkusTest
@TestProfile(FreezeBenchmarkProfile.class)
class FreezeBenchmark {
    /** The earlier campaign's status for member i, by i % 10. */
    private static final List<String> EARLIER = List.of("SENT", "SENT", "SENT", "SENT", "SENT", "SUBMITTED", "FAILED", "QUEUED",
            "CANCELLED", "SENT");
    private static final String TEMPLATE = "Hi {{first_name|there}}, here's 10% off on your next order!";

    @Inject
    DataSource dataSource;

    @Inject
    AudienceRules rules;

    @Inject
    Campaigns campaigns;

    @Inject
    CommunicationLog log;

    @Inject
    SwitchableConsentStep consent;

    @ConfigProperty(name = "crm.campaigns.job-size")
    int jobSize;

    private final int members = Integer.getInteger("bench.customers", 100_000);
    private final int rounds = Integer.getInteger("bench.rounds", 3);
    private final String city = "Freeze-" + UUID.randomUUID().toString().substring(0, 8);
    private final Instant now = Instant.now();

    /** One timed freeze. */
    private record Freeze(double seconds, String loadBefore, String loadAfter) {}

    @Test
    void freezeWithAndWithoutTheConsentChecks() throws Exception {
        seed();
        System.out.printf(Locale.ROOT, "%nfreeze benchmark: %,d members, %d rounds, chunk %d, job size %d, cores %d%n", members, rounds,
                CommunicationLog.FREEZE_CHUNK, jobSize, Runtime.getRuntime().availableProcessors());
        freeze(false);
        freeze(true);
        System.out.println("warm-up freezes done (one without, one with; not counted)");
        List<Double> without = new ArrayList<>();
        List<Double> with = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        System.out.println("| round | without checks | with checks | ratio | floor INSERT...SELECT | load avg (1 min) around each |");
        System.out.println("|---|---:|---:|---:|---:|---|");
        for (int round = 1; round <= rounds; round++) {
            // alternate which goes first, so neither always runs on the warmer side of a round
            boolean withFirst = round % 2 == 0;
            Freeze a = freeze(withFirst);
            Freeze b = freeze(!withFirst);
            Freeze off = withFirst ? b : a;
            Freeze on = withFirst ? a : b;
            Freeze floor = floor();
            without.add(off.seconds());
            with.add(on.seconds());
            floors.add(floor.seconds());
            System.out.printf(Locale.ROOT, "| %d%s | %.2f s | %.2f s | %.2f× | %.2f s | without %s→%s, with %s→%s, floor %s→%s |%n", round,
                    withFirst ? " (with first)" : "", off.seconds(), on.seconds(), off.seconds() / on.seconds(), floor.seconds(),
                    off.loadBefore(), off.loadAfter(), on.loadBefore(), on.loadAfter(), floor.loadBefore(), floor.loadAfter());
        }
        double medianWithout = median(without);
        double medianWith = median(with);
        double medianFloor = median(floors);
        System.out.printf(Locale.ROOT, "| median of %d | %.2f s (%,.0f rows/s) | %.2f s (%,.0f rows/s) | **%.2f×** | %.2f s (%,.0f rows/s) | |%n",
                rounds, medianWithout, members / medianWithout, medianWith, members / medianWith, medianWithout / medianWith, medianFloor,
                members / medianFloor);
        System.out.printf(Locale.ROOT, "speed with the checks = %.2f× the speed without (target >= 0.80×); with the checks %.1f× the floor%n%n",
                medianWithout / medianWith, medianWith / medianFloor);
        assertThat(with).hasSize(rounds);
    }

    /** Launches a promotional SMS campaign to the audience, freezes it chunk by chunk, checks the outcome, then removes its rows. */
    private Freeze freeze(boolean checks) throws SQLException {
        consent.checks(checks);
        String rule = "{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\",\"value\":\"" + city + "\"}]}";
        CampaignDraft.Valid draft = new CampaignDraft("Freeze bench", null, rule, TEMPLATE, "SMS", null, false).validate();
        String before = loadAverage();
        long start = System.nanoTime();
        Instant launched = Instant.now();
        long id = campaigns.add(Campaign.launch(draft, rules.freeze(null, rule), "bench@example.com", launched)).requireId();
        while (!log.freezeNextChunk(id, jobSize, launched).last()) {
            // the next chunk, as the app's background freeze does
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String after = loadAverage();
        consent.checks(true);
        assertThat(outcome(id)).as("what the freeze %s the checks wrote", checks ? "with" : "without").isEqualTo(expected(checks));
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM communication_log WHERE campaign_id = " + id);
            st.executeUpdate("UPDATE campaign SET status = 'CANCELLED' WHERE id = " + id);
        }
        return new Freeze(seconds, before, after);
    }

    /** The log rows a freeze should write, worked out from the generating rule member by member. */
    private Map<String, Integer> expected(boolean checks) {
        Map<String, Integer> expected = new TreeMap<>();
        for (int i = 0; i < members; i++) {
            String earlier = EARLIER.get(i % 10);
            boolean unsubscribed = i % 10 == 9;
            boolean capped = List.of("SENT", "SUBMITTED", "QUEUED", "SENDING").contains(earlier);
            String outcome = !checks ? "QUEUED" : unsubscribed ? "SUPPRESSED unsubscribed" : capped ? "SUPPRESSED frequency_cap" : "QUEUED";
            expected.merge(outcome, 1, Integer::sum);
        }
        return expected;
    }

    private Map<String, Integer> outcome(long campaignId) throws SQLException {
        Map<String, Integer> outcome = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("SELECT status, suppression_reason,"
                + " COUNT(*) FROM communication_log WHERE campaign_id = ? GROUP BY status, suppression_reason")) {
            st.setLong(1, campaignId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    outcome.put(rs.getString(1) + (rs.getString(2) == null ? "" : " " + rs.getString(2)), rs.getInt(3));
                }
            }
        }
        return outcome;
    }

    /** The raw floor: the same audience into a scratch copy of communication_log in one INSERT ... SELECT, plain JDBC. */
    private Freeze floor() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS freeze_floor LIKE communication_log");
            st.execute("TRUNCATE TABLE freeze_floor");
            String before = loadAverage();
            long start = System.nanoTime();
            int rows;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO freeze_floor (campaign_id, customer_id, recipient, message,"
                    + " status, status_rank, queued_at, updated_at) SELECT 1, c.id, c.phone, CONCAT('Hi ', SUBSTRING_INDEX(c.name, ' ', 1),"
                    + " ', here''s 10% off on your next order!'), 'QUEUED', ?, NOW(6), NOW(6) FROM customer c"
                    + " WHERE c.placeholder = FALSE AND c.city = ? ORDER BY c.id")) {
                insert.setInt(1, DeliveryStatus.QUEUED.rank());
                insert.setString(2, city);
                rows = insert.executeUpdate();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(rows).as("rows the floor wrote").isEqualTo(members);
            return new Freeze(seconds, before, loadAverage());
        }
    }

    /** The audience, the subscriptions and two earlier promotional SMS campaigns, in multi-row INSERTs of 2,000. */
    private void seed() throws SQLException {
        LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            rows(c, "INSERT INTO customer (external_id, name, phone, city, total_spend, visits, created_at, updated_at) VALUES ", 8,
                    (i, v) -> {
                        v[0] = city + "-" + i;
                        v[1] = "Customer" + i + " Bench";
                        v[2] = "+91" + (9_000_000_000L + i);
                        v[3] = city;
                        v[4] = java.math.BigDecimal.valueOf(i % 5000);
                        v[5] = i % 10;
                        v[6] = at;
                        v[7] = at;
                    });
            long[] ids = new long[members];
            try (PreparedStatement st = c.prepareStatement("SELECT id, external_id FROM customer WHERE city = ?")) {
                st.setString(1, city);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        String external = rs.getString(2);
                        ids[Integer.parseInt(external.substring(external.lastIndexOf('-') + 1))] = rs.getLong(1);
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                for (int i = 0; i < members; i++) {
                    if (i % 10 >= 8) {
                        st.addBatch("INSERT INTO customer_subscription (customer_id, channel, status, source, changed_at) VALUES (" + ids[i]
                                + ", 'SMS', '" + (i % 10 == 9 ? "unsubscribed" : "subscribed") + "', 'api', NOW(6))");
                    }
                    if (i % 2000 == 1999) {
                        st.executeBatch();
                    }
                }
                st.executeBatch();
            }
            long recent = ConsentData.earlierCampaign(c, "SMS", false, now.minus(Duration.ofHours(3)));
            long old = ConsentData.earlierCampaign(c, "SMS", false, now.minus(Duration.ofHours(30)));
            for (long campaign : new long[] {recent, old}) {
                LocalDateTime sentAt = ConsentData.utc(now.minus(Duration.ofHours(campaign == recent ? 3 : 30)));
                rows(c, "INSERT INTO communication_log (campaign_id, customer_id, recipient, message, status, status_rank, queued_at,"
                        + " submitted_at, updated_at) VALUES ", 9, (i, v) -> {
                            String status = campaign == recent ? EARLIER.get(i % 10) : "SENT";
                            v[0] = campaign;
                            v[1] = ids[i];
                            v[2] = "+91" + (9_000_000_000L + i);
                            v[3] = "earlier";
                            v[4] = status;
                            v[5] = DeliveryStatus.valueOf(status).rank();
                            v[6] = sentAt.minusMinutes(1);
                            v[7] = List.of("SENT", "SUBMITTED").contains(status) ? sentAt : null;
                            v[8] = sentAt;
                        });
            }
        }
        System.out.printf(Locale.ROOT, "seeded %,d members of %s, 10%% unsubscribed from SMS, two earlier SMS campaigns (3 h and 30 h ago)%n",
                members, city);
    }

    /** Fills one row's values for member i. */
    private interface Row {
        void fill(int i, Object[] values);
    }

    private void rows(Connection c, String insert, int columns, Row row) throws SQLException {
        int chunk = 2000;
        String tuple = "(" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
        Object[] values = new Object[columns];
        for (int from = 0; from < members; from += chunk) {
            int size = Math.min(chunk, members - from);
            try (PreparedStatement st = c.prepareStatement(insert + String.join(", ", java.util.Collections.nCopies(size, tuple)))) {
                int p = 1;
                for (int i = from; i < from + size; i++) {
                    row.fill(i, values);
                    for (Object value : values) {
                        st.setObject(p++, value);
                    }
                }
                st.executeUpdate();
            }
        }
    }

    /** The machine is shared, so every figure is printed with the load it was measured under. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
