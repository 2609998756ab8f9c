package com.minicrm.reliability;

import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** 5. Two instances on different ports share MariaDB and RabbitMQ; both ingest and deliver, results exact. */
final class TwoInstances implements Scenario {
    @Override
    public String run(Rig rig, String id) throws Exception {
        DataSet data = new DataSet("t", 10_000, 20_000);
        rig.prepare(id);
        CrmApp first = rig.app(id, "a", Rig.APP_PORT, Map.of());
        CrmApp second = rig.app(id, "b", Rig.APP_PORT + 1, Map.of());
        first.start();
        second.start();
        try {
            Pusher client = new Pusher(List.of(first.base(), second.base()));
            client.push(data.requests(500), 4, Duration.ofMinutes(5)).get(5, TimeUnit.MINUTES);
            Invariants.awaitIngested(rig.db, Rig.database(id), rig.broker, id, data, 300);
            Map<String, long[]> queues = rig.broker.queues(id);
            long campaign = Rig.launchCampaign(first);
            Check check = new Check();
            String ingestion;
            String delivery;
            try (Connection c = rig.connect(id)) {
                ingestion = Invariants.ingestion(c, data, check);
                Invariants.awaitCampaignDone(c, campaign, 600);
                delivery = Invariants.campaign(c, campaign, data.customers(), rig.vendor, check);
            }
            Map<String, Integer> sendsByInstance = new HashMap<>();
            for (VendorStandIn.Attempt attempt : rig.vendor.attempts()) {
                sendsByInstance.merge(attempt.callbackUrl().replaceAll(".*:(\\d+)/.*", "$1"), 1, Integer::sum);
            }
            client.acceptedBy().forEach((base, n) -> check.that(n > 0, base + " accepted nothing"));
            check.equal("instances that accepted requests", 2, client.acceptedBy().size());
            check.equal("instances that sent to the vendor", 2, sendsByInstance.size());
            sendsByInstance.forEach((port, n) -> check.that(n > data.customers() / 10, "instance on " + port + " sent only " + n));
            for (String queue : List.of("crm.ingestion", "crm.delivery-jobs", "crm.delivery-receipts")) {
                long[] q = queues.get(queue);
                check.that(q != null && q[1] >= 2, queue + " has fewer than 2 consumers");
            }
            check.done();
            return String.format("requests accepted per instance %s, vendor sends per instance %s; %s; %s",
                    client.acceptedBy().values(), sendsByInstance, ingestion, delivery);
        } finally {
            first.stop();
            second.stop();
        }
    }
}
