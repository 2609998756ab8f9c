package com.minicrm.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * 5. Two instances on different ports share MariaDB and RabbitMQ; both ingest and deliver, results
 * exact. Then an API key revoked in the shared database (what the settings page on either instance
 * does) is refused by both instances on the very next request.
 */
final class TwoInstances implements Scenario {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

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
            String revocation = revokedKeyIsRefusedAtOnce(rig, id, List.of(first, second), check);
            check.done();
            return String.format("requests accepted per instance %s, vendor sends per instance %s; %s; %s; %s",
                    client.acceptedBy().values(), sendsByInstance, ingestion, delivery, revocation);
        } finally {
            first.stop();
            second.stop();
        }
    }

    /** Stores a key, uses it on both instances, revokes it, and counts the requests it still opened. */
    private static String revokedKeyIsRefusedAtOnce(Rig rig, String id, List<CrmApp> apps, Check check) throws Exception {
        String key = "crm_reliability-revocation-" + System.nanoTime();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        try (Connection c = rig.connect(id)) {
            // The key reads customers below, so it carries the read scope.
            try (PreparedStatement st = c.prepareStatement("INSERT INTO api_key (name, key_hash, prefix, scopes, created_at)"
                    + " VALUES ('revocation check', ?, 'crm_reli', 'read', NOW(6))")) {
                st.setString(1, hash);
                st.executeUpdate();
            }
            for (CrmApp app : apps) {
                for (int i = 0; i < 20; i++) { // busy use, so any remembered answer would be fresh
                    check.equal("status with the live key on " + app.base(), 200, customersWith(app, key));
                }
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE api_key SET revoked_at = NOW(6) WHERE key_hash = ?")) {
                st.setString(1, hash);
                st.executeUpdate();
            }
        }
        int opened = 0;
        for (CrmApp app : apps) {
            int status = customersWith(app, key);
            opened += status == 200 ? 1 : 0;
            check.equal("status with the revoked key on " + app.base(), 401, status);
        }
        return "revoked key: " + opened + " of " + apps.size() + " instances still let it in on the next request";
    }

    private static int customersWith(CrmApp app, String key) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/customers?size=1"))
                .header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
