package com.minicrm.reliability;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The replica scenarios' common steps: seeding, waiting for the replica, an app that reads from it. */
final class ReplicaChecks {
    private ReplicaChecks() {}

    static void awaitReplicated(ReplicatedMariaDb replicas, String scenario, long customers) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
            try (Connection c = replicas.connectReplica(Rig.database(scenario))) {
                return Invariants.count(c, "SELECT COUNT(*) FROM customer") == customers;
            }
        });
    }

    /** An app reading from the replica, and a marketer previewing on it; closing stops both. */
    record Reading(CrmApp app, Previews previews) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            previews.close();
            app.stop();
        }
    }

    /**
     * A fresh database with {@code customers} in the data sets' city, replicated, and an app reading
     * from the replica ({@code settings} added), started and seen reading from it while previews run.
     */
    static Reading appOnReplica(Rig rig, String id, ReplicatedMariaDb replicas, int customers, Map<String, String> settings)
            throws Exception {
        rig.prepare(id);
        Map<String, String> env = new HashMap<>(settings);
        env.put("CRM_DB_READ_URL", replicas.replicaUrl(Rig.database(id)));
        CrmApp app = rig.app(id, "app", Rig.APP_PORT, env);
        // The app's migrations create the schema on the primary, and the replica replays them.
        app.start();
        Reading reading;
        try {
            rig.seedCustomers(id, customers);
            awaitReplicated(replicas, id, customers);
            reading = new Reading(app, new Previews(app, DataSet.CITY));
        } catch (Exception | AssertionError e) {
            app.stop();
            throw e;
        }
        try {
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).until(() ->
                    Previews.metric(app, "crm_db_read_replica_in_use", "") == 1.0 && reading.previews().lastSize() >= 0);
            return reading;
        } catch (RuntimeException e) {
            reading.close();
            throw e;
        }
    }
}
