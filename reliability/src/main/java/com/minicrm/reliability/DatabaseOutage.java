package com.minicrm.reliability;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** 3. Stop MariaDB for 20 s while the consumer is storing: nothing lost, nothing twice, recovery without help. */
final class DatabaseOutage implements Scenario {
    @Override
    public String run(Rig rig, String id) throws Exception {
        DataSet data = new DataSet("d", 30_000, 60_000);
        rig.prepare(id);
        CrmApp app = rig.app(id, "app", Rig.APP_PORT, Map.of());
        app.start();
        long pid = app.pid();
        try {
            List<Pusher.Request> requests = data.requests(1000);
            Pusher client = new Pusher(List.of(app.base()));
            CompletableFuture<Void> pushing = client.push(requests, 4, Duration.ofMinutes(8));
            long stored = await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> {
                try (Connection c = rig.connect(id)) {
                    return Invariants.count(c, "SELECT COUNT(*) FROM customer_order");
                }
            }, n -> n >= data.orders() / 10);
            rig.db.stop();
            // The outage lasts 20 s, as the scenario specifies; the queue depth is read halfway.
            Processes.sleep(10_000);
            long queuedDuringOutage = rig.broker.messages(id, "crm.ingestion");
            Processes.sleep(10_000);
            boolean aliveThroughOutage = app.alive();
            rig.db.start();
            pushing.get(8, TimeUnit.MINUTES);
            Invariants.awaitIngested(rig.db, Rig.database(id), rig.broker, id, data, 600);
            Check check = new Check();
            check.that(aliveThroughOutage && app.alive() && app.pid() == pid, "the app did not survive the outage");
            check.that(queuedDuringOutage > 0, "no messages waited in the queue during the outage");
            check.that(Set.of(202, 503).containsAll(client.statuses().keySet()), "answers other than 202 and 503: " + client.statuses());
            String summary = Invariants.storedExactlyOnce(rig, id, data, check);
            check.done();
            return String.format("MariaDB stopped 20 s with %,d orders stored; %d messages waited in the queue; answers %s;"
                    + " same app process; %s", stored, queuedDuringOutage, client.statuses(), summary);
        } finally {
            app.stop();
        }
    }
}
