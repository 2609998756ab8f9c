package com.minicrm.reliability;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * c1. kill -9 the RabbitMQ node that leads the ingestion queue (and holds the app's connections)
 * partway through the load; the app fails over to the other two nodes by itself, and every 202 is
 * stored exactly once.
 */
final class NodeCrashDuringIngestion implements Scenario {
    @Override
    public String run(Rig rig, String id) throws Exception {
        RabbitCluster cluster = (RabbitCluster) rig.broker;
        DataSet data = new DataSet("n", 30_000, 60_000);
        rig.prepare(id);
        CrmApp app = rig.app(id, "app", Rig.APP_PORT, Map.of("CRM_INGESTION_CONFIRM_TIMEOUT", "3s"));
        app.start();
        long pid = app.pid();
        int killed = 0;
        try {
            Map<String, String> before = cluster.layout(id);
            // Looked up before the load: the CLI is slow on a busy machine, and the kill must come mid-load.
            int leader = cluster.leader(id, "crm.ingestion");
            // Paced so that the load spans the crash and the failover: 360 requests over about 30 s.
            List<Pusher.Request> requests = data.requests(250);
            Pusher client = new Pusher(List.of(app.base())).pace(12);
            CompletableFuture<Void> pushing = client.push(requests, 4, Duration.ofMinutes(8));
            await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(50))
                    .until(() -> client.accepted() >= requests.size() / 4 || pushing.isDone());
            int acceptedBefore = client.accepted();
            killed = leader;
            cluster.kill9(killed);
            long crashed = System.nanoTime();
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                    .until(() -> client.accepted() > acceptedBefore + 4 || pushing.isDone());
            double failoverSeconds = (System.nanoTime() - crashed) / 1e9;
            pushing.get(8, TimeUnit.MINUTES);
            Invariants.awaitIngested(rig.db, Rig.database(id), rig.broker, id, data, 600);
            Map<String, String> after = cluster.layout(id);
            Check check = new Check();
            ClusterChecks.quorumOnThreeNodes(before, check);
            check.that(killed != 0, "crm.ingestion had no leader before the crash: " + before);
            check.that(acceptedBefore < requests.size(), "the node was killed after the last request was accepted");
            check.that(client.accepted() > acceptedBefore, "nothing accepted after the crash");
            check.that(Set.of(202, 503).containsAll(client.statuses().keySet()), "answers other than 202 and 503: " + client.statuses());
            check.that(app.alive() && app.pid() == pid, "the app did not survive the node's crash");
            int newLeader = cluster.leader(id, "crm.ingestion");
            check.that(newLeader != 0 && newLeader != killed, "crm.ingestion's leader did not move off node " + killed + ": " + after);
            String summary = Invariants.storedExactlyOnce(rig, id, data, check);
            check.done();
            return String.format("node %d (leader of crm.ingestion) killed after %d/%d accepted; answers %s; 5 more accepted"
                            + " %.1f s after the crash, same app process; leaders after %s; %s",
                    killed, acceptedBefore, requests.size(), client.statuses(), failoverSeconds, after, summary);
        } finally {
            app.stop();
            if (killed != 0) {
                cluster.startNode(killed);
            }
        }
    }
}
