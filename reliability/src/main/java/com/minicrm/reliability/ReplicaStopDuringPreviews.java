package com.minicrm.reliability;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.util.Map;

/**
 * d1. The read replica is stopped while a marketer previews a segment, then started again:
 * no preview fails or miscounts, the reads move to the primary (and the fallback meter says so),
 * and they come back to the replica once it is up and current.
 */
final class ReplicaStopDuringPreviews implements Scenario {
    private static final int CUSTOMERS = 20_000;
    private final ReplicatedMariaDb replicas;

    ReplicaStopDuringPreviews(ReplicatedMariaDb replicas) {
        this.replicas = replicas;
    }

    @Override
    public String run(Rig rig, String id) throws Exception {
        try (ReplicaChecks.Reading reading = ReplicaChecks.appOnReplica(rig, id, replicas, CUSTOMERS, Map.of())) {
            CrmApp app = reading.app();
            Previews previews = reading.previews();
            double downBefore = Previews.metric(app, "crm_db_read_fallback_total", "reason=\"down\"");
            Processes.sleep(3_000);
            replicas.stopReplica();
            Processes.sleep(10_000);
            double inUseWhileDown = Previews.metric(app, "crm_db_read_replica_in_use", "");
            double downWhileDown = Previews.metric(app, "crm_db_read_fallback_total", "reason=\"down\"");
            Map<Integer, Integer> statusesWhileDown = previews.statuses();
            replicas.startReplica();
            long restarted = System.nanoTime();
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                    .until(() -> Previews.metric(app, "crm_db_read_replica_in_use", "") == 1.0);
            double backSeconds = (System.nanoTime() - restarted) / 1e9;
            Processes.sleep(2_000);
            previews.close();
            Check check = new Check();
            check.equal("preview answers", Map.of(200, previews.statuses().getOrDefault(200, 0)), previews.statuses());
            check.equal("audience sizes seen", Map.of((long) CUSTOMERS, previews.sizes().getOrDefault((long) CUSTOMERS, 0)),
                    previews.sizes());
            check.equal("reads on the replica while it was down (crm_db_read_replica_in_use)", 0.0, inUseWhileDown);
            check.that(downWhileDown > downBefore, "no read counted as gone to the primary for a down replica: "
                    + downBefore + " → " + downWhileDown);
            try (Connection c = rig.connect(id)) {
                check.equal("customers on the primary", (long) CUSTOMERS, Invariants.count(c, "SELECT COUNT(*) FROM customer"));
            }
            check.done();
            return String.format("previews %s, audience sizes %s; replica stopped 10 s: in use %.0f, fallbacks (down) %.0f → %.0f;"
                            + " reads back on the replica %.1f s after its start", previews.statuses(), previews.sizes(), inUseWhileDown,
                    downBefore, downWhileDown, backSeconds);
        } finally {
            replicas.startReplica();
        }
    }
}
