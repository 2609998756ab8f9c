package com.minicrm.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import static org.awaitility.Awaitility.await;

import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.Map;

/**
 * What every scenario works with: the private MariaDB and RabbitMQ, the vendor stand-in, the
 * packaged app, and a fresh database and virtual host per scenario.
 */
final class Rig {
    static final int APP_PORT = Integer.getInteger("reliability.app-port", 18080);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    final PrivateMariaDb db;
    final Broker broker;
    final VendorStandIn vendor;
    final Path jar;
    final Path logDir;

    Rig(PrivateMariaDb db, Broker broker, VendorStandIn vendor, Path jar, Path logDir) {
        this.db = db;
        this.broker = broker;
        this.vendor = vendor;
        this.jar = jar;
        this.logDir = logDir;
    }

    /** A fresh database and virtual host named after the scenario. */
    void prepare(String scenario) throws SQLException {
        db.createDatabase(database(scenario));
        broker.addVhost(scenario);
        vendor.reset();
    }

    static String database(String scenario) {
        return "rel_" + scenario;
    }

    /** An app instance for the scenario, delivering through the vendor stand-in; {@code settings} override. */
    CrmApp app(String scenario, String name, int port, Map<String, String> settings) {
        Map<String, String> env = new HashMap<>();
        env.put("CRM_VENDOR_URL", vendor.url());
        env.put("CRM_VENDOR_CALLBACK_URL", "http://127.0.0.1:" + port + "/api/v1/delivery-receipts");
        env.put("CRM_SIMULATOR_ENABLED", "false");
        env.put("CRM_VENDOR_RATE", "0");
        env.put("CRM_RECONCILE_EVERY", "5s");
        // The scenarios send promotional SMS at any hour; quiet hours would hold them outside 09:00-21:00 IST.
        env.put("CRM_SENDING_HOURS", "00:00-00:00");
        env.putAll(settings);
        return new CrmApp(scenario + "-" + name, jar, logDir, port, db, database(scenario), broker, scenario, env);
    }

    Connection connect(String scenario) throws SQLException {
        return db.connect(database(scenario));
    }

    /** Customers straight into the table (the campaign scenarios test delivery, not ingestion). */
    void seedCustomers(String scenario, int count) throws SQLException {
        seedCustomers(scenario, count, DataSet.CITY);
    }

    /** As {@link #seedCustomers(String, int)}, in the given city. */
    void seedCustomers(String scenario, int count, String city) throws SQLException {
        int chunk = 1000;
        StringBuilder sql = new StringBuilder("INSERT INTO customer (external_id, name, phone, city, created_at, updated_at) VALUES ");
        for (int i = 0; i < chunk; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection c = connect(scenario); PreparedStatement st = c.prepareStatement(sql.toString())) {
            for (int from = 0; from < count; from += chunk) {
                int p = 1;
                for (int i = from; i < from + chunk; i++) {
                    st.setString(p++, "seed-" + city + "-" + i);
                    st.setString(p++, "Seeded " + i);
                    st.setString(p++, "+91" + (9_100_000_000L + i));
                    st.setString(p++, i < count ? city : "Elsewhere");
                    st.setObject(p++, now);
                    st.setObject(p++, now);
                }
                st.executeUpdate();
            }
        }
    }

    /** Launches an SMS campaign to every customer in the data sets' city; returns its id. */
    static long launchCampaign(CrmApp app) throws IOException, InterruptedException {
        return launchCampaign(app, DataSet.CITY);
    }

    /** Launches an SMS campaign to every customer in {@code city}; returns its id. */
    static long launchCampaign(CrmApp app, String city) throws IOException, InterruptedException {
        return launch(app, "{\"name\":\"Fault campaign\",\"rule\":{\"combinator\":\"and\",\"rules\":[{\"field\":\"city\",\"operator\":\"=\","
                + "\"value\":\"" + city + "\"}]},\"template\":\"Hi {{first_name|there}}, 10% off today\",\"channel\":\"SMS\"}");
    }

    /**
     * Pushes the requests, kill -9s the app once two fifths are accepted, starts it again and waits
     * until the client has had a 202 for every request; returns how many were accepted before the kill.
     */
    static int pushThroughKill(CrmApp app, Pusher client, List<Pusher.Request> requests) throws Exception {
        CompletableFuture<Void> pushing = client.push(requests, 4, Duration.ofMinutes(8));
        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(50))
                .until(() -> client.accepted() >= requests.size() * 2 / 5 || pushing.isDone());
        int acceptedBeforeKill = client.accepted();
        app.kill9();
        app.start();
        pushing.get(8, TimeUnit.MINUTES);
        return acceptedBeforeKill;
    }

    /** Launches a campaign from a JSON body; returns its id. */
    static long launch(CrmApp app, String body) throws IOException, InterruptedException {
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/campaigns"))
                .header("Authorization", "Bearer " + CrmApp.API_KEY).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new AssertionError("campaign launch answered " + created.statusCode() + ": " + created.body());
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.body()).get("id").asLong();
    }
}
