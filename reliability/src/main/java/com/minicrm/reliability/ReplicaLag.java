package com.minicrm.reliability;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * d2. The replica is made to lag (MASTER_DELAY) while customers keep arriving on the primary:
 * once its lag passes CRM_DB_READ_MAX_LAG the previews read the primary, and show its count.
 */
final class ReplicaLag implements Scenario {
    private static final int CUSTOMERS = 10_000;
    private static final int MAX_LAG_SECONDS = 5;
    private final ReplicatedMariaDb replicas;

    ReplicaLag(ReplicatedMariaDb replicas) {
        this.replicas = replicas;
    }

    @Override
    public String run(Rig rig, String id) throws Exception {
        try (ReplicaChecks.Reading reading = ReplicaChecks.appOnReplica(rig, id, replicas, CUSTOMERS,
                Map.of("CRM_DB_READ_MAX_LAG", MAX_LAG_SECONDS + "s"))) {
            CrmApp app = reading.app();
            Previews previews = reading.previews();
            double lagBefore = Previews.metric(app, "crm_db_read_fallback_total", "reason=\"lag\"");
            replicas.sql("replica", "STOP SLAVE; CHANGE MASTER TO MASTER_DELAY = 60; START SLAVE;");
            // New customers in the previewed city, one batch of 100 a second: the replica sees them a minute late.
            long lagged = -1;
            int added = 0;
            long pastBoundAt = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (System.nanoTime() < deadline) {
                added += 100;
                addCustomers(rig, id, added - 100, 100);
                lagged = replicas.lag();
                if (lagged > MAX_LAG_SECONDS && pastBoundAt == 0) {
                    pastBoundAt = System.nanoTime();
                }
                if (pastBoundAt != 0 && System.nanoTime() - pastBoundAt > Duration.ofSeconds(5).toNanos()) {
                    break;
                }
                Processes.sleep(1000);
            }
            long primaryCount = CUSTOMERS + added;
            // Past the bound, the previews must show the primary's count: every customer added so far.
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> previews.lastSize() == primaryCount);
            double inUse = Previews.metric(app, "crm_db_read_replica_in_use", "");
            double lagAfter = Previews.metric(app, "crm_db_read_fallback_total", "reason=\"lag\"");
            double lagGauge = Previews.metric(app, "crm_db_read_replica_lag_seconds", "");
            previews.close();
            Check check = new Check();
            check.that(pastBoundAt != 0, "the replica never lagged past " + MAX_LAG_SECONDS + " s (last " + lagged + " s)");
            check.equal("preview answers", Map.of(200, previews.statuses().getOrDefault(200, 0)), previews.statuses());
            check.equal("reads on the replica past the bound (crm_db_read_replica_in_use)", 0.0, inUse);
            check.that(lagAfter > lagBefore, "no read counted as gone to the primary for lag: " + lagBefore + " → " + lagAfter);
            check.that(lagGauge > MAX_LAG_SECONDS, "crm_db_read_replica_lag_seconds shows " + lagGauge);
            check.done();
            return String.format("replica lag %d s by SHOW SLAVE STATUS (bound %d s), app's gauge %.0f s; previews %s, last size %d ="
                            + " the primary's %d; in use %.0f; fallbacks (lag) %.0f → %.0f", lagged, MAX_LAG_SECONDS, lagGauge,
                    previews.statuses(), previews.lastSize(), primaryCount, inUse, lagBefore, lagAfter);
        } finally {
            replicas.sql("replica", "STOP SLAVE; CHANGE MASTER TO MASTER_DELAY = 0; START SLAVE;");
        }
    }

    /** {@code n} more customers in the previewed city, on the primary, in one statement. */
    private static void addCustomers(Rig rig, String id, int from, int n) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection c = rig.connect(id); PreparedStatement st = c.prepareStatement("INSERT INTO customer"
                + " (external_id, name, city, created_at, updated_at) VALUES " + String.join(",", java.util.Collections.nCopies(n, "(?, ?, ?, ?, ?)")))) {
            int p = 1;
            for (int i = from; i < from + n; i++) {
                st.setString(p++, "lag-" + i);
                st.setString(p++, "Late " + i);
                st.setString(p++, DataSet.CITY);
                st.setObject(p++, now);
                st.setObject(p++, now);
            }
            st.executeUpdate();
        }
    }
}
