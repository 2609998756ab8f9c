package com.minicrm.reliability;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/** 2. Restart RabbitMQ in the middle of the load: 202 means stored, the outage is 503, the app reconnects by itself. */
final class BrokerRestart implements Scenario {
    @Override
    public String run(Rig rig, String id) throws Exception {
        DataSet data = new DataSet("b", 30_000, 60_000);
        rig.prepare(id);
        CrmApp app = rig.app(id, "app", Rig.APP_PORT, Map.of("CRM_INGESTION_CONFIRM_TIMEOUT", "3s"));
        app.start();
        long pid = app.pid();
        try {
            // Paced so that the load spans the outage: 360 requests over about 30 s.
            List<Pusher.Request> requests = data.requests(250);
            Pusher client = new Pusher(List.of(app.base())).pace(12);
            CompletableFuture<Void> pushing = client.push(requests, 4, Duration.ofMinutes(8));
            await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(50))
                    .until(() -> client.accepted() >= requests.size() / 4 || pushing.isDone());
            int acceptedBefore = client.accepted();
            rig.broker.stop();
            int acceptedWhenDown = client.accepted();
            // The broker stays down for 10 s while the clients keep pushing.
            Processes.sleep(10_000);
            int acceptedDuringOutage = client.accepted() - acceptedWhenDown;
            Map<Integer, Integer> outageAnswers = client.statuses();
            rig.broker.start();
            long restarted = System.nanoTime();
            int acceptedAtRestart = client.accepted();
            try {
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                        .until(() -> client.accepted() != acceptedAtRestart || pushing.isDone());
            } catch (ConditionTimeoutException stillRefusing) {
                // Reported below as the recovery time; the data checks decide the scenario.
            }
            double recoverySeconds = (System.nanoTime() - restarted) / 1e9;
            pushing.get(8, TimeUnit.MINUTES);
            Invariants.awaitIngested(rig.db, Rig.database(id), rig.broker, id, data, 600);
            Check check = new Check();
            check.that(acceptedBefore < requests.size(), "the broker stopped after the last request was accepted");
            check.that(Set.of(202, 503).containsAll(client.statuses().keySet()), "answers other than 202 and 503: " + client.statuses());
            check.equal("requests accepted while the broker was down", 0, acceptedDuringOutage);
            check.that(outageAnswers.getOrDefault(503, 0) > 0, "no 503 during the outage: " + outageAnswers);
            check.that(app.alive() && app.pid() == pid, "the app did not survive the broker restart");
            String summary = Invariants.storedExactlyOnce(rig, id, data, check);
            check.done();
            return String.format("broker stopped after %d/%d accepted, down 10 s (%d accepted while down); answers %s;"
                            + " first 202 %.1f s after the broker was back, same app process; %s",
                    acceptedBefore, requests.size(), acceptedDuringOutage, client.statuses(), recoverySeconds, summary);
        } finally {
            app.stop();
        }
    }
}
