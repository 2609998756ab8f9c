package com.minicrm.reliability;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** 1. kill -9 the app partway through 50,000 customers and 100,000 orders; the client retries until 202. */
final class CrashDuringIngestion implements Scenario {
    @Override
    public String run(Rig rig, String id) throws Exception {
        DataSet data = new DataSet("k", Integer.getInteger("reliability.s1.customers", 50_000),
                Integer.getInteger("reliability.s1.orders", 100_000));
        rig.prepare(id);
        CrmApp app = rig.app(id, "app", Rig.APP_PORT, Map.of());
        app.start();
        try {
            List<Pusher.Request> requests = data.requests(1000);
            Pusher client = new Pusher(List.of(app.base()));
            int acceptedBeforeKill = Rig.pushThroughKill(app, client, requests);
            Invariants.awaitIngested(rig.db, Rig.database(id), rig.broker, id, data, 600);
            Check check = new Check();
            check.that(acceptedBeforeKill < requests.size(), "the kill came after the last request was accepted");
            check.that(Set.of(202, 503, -1).containsAll(client.statuses().keySet()), "unexpected answers " + client.statuses());
            String summary = Invariants.storedExactlyOnce(rig, id, data, check);
            check.done();
            return String.format("killed after %d/%d requests accepted; answers %s; %s", acceptedBeforeKill, requests.size(),
                    client.statuses(), summary);
        } finally {
            app.stop();
        }
    }
}
