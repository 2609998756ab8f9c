package com.minicrm.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs the fault scenarios against processes it owns: a private MariaDB and RabbitMQ, the
 * vendor stand-in, and the packaged CRM. Prints one RESULT line per scenario and exits 1 if any failed.
 * Arguments: scenario ids (s1..s8) to run a subset.
 */
public final class FaultSuite {
    private FaultSuite() {}

    private record Entry(String id, String title, Scenario scenario) {}

    public static void main(String[] args) throws Exception {
        List<Entry> all = List.of(
                new Entry("s1", "app kill -9 during ingestion", new CrashDuringIngestion()),
                new Entry("s2", "broker restart during ingestion", new BrokerRestart()),
                new Entry("s3", "database outage during consumption", new DatabaseOutage()),
                new Entry("s4", "app kill -9 mid-campaign", new CrashMidCampaign()),
                new Entry("s5", "two instances", new TwoInstances()),
                new Entry("s6", "vendor 503s then timeouts", new VendorTrouble()),
                new Entry("s7", "soak: 70% load with a campaign for 10 minutes", new Soak()),
                new Entry("s8", "app kill -9 during order attribution", new CrashDuringAttribution()));
        List<String> wanted = Arrays.asList(args);
        Path work = Path.of(System.getProperty("reliability.work", "reliability/target/run")).toAbsolutePath();
        Path jar = Path.of(System.getProperty("reliability.app", "bootstrap/target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the app first: " + jar);
        }
        Files.createDirectories(work.resolve("logs"));
        PrivateMariaDb db = new PrivateMariaDb(work.resolve("mariadb"), Integer.getInteger("reliability.db-port", 13307));
        PrivateRabbitMq broker = new PrivateRabbitMq(work.resolve("rabbitmq"), Integer.getInteger("reliability.amqp-port", 15673),
                Integer.getInteger("reliability.dist-port", 25679));
        List<String> results = new ArrayList<>();
        boolean failed = false;
        System.out.println("fault suite: private MariaDB and RabbitMQ in " + work);
        // Ctrl+C or a CI timeout must not leave the private servers behind.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ProcessHandle.current().children().filter(p -> p.info().command().orElse("").endsWith("java"))
                    .forEach(ProcessHandle::destroyForcibly);
            broker.stop();
            db.stop();
        }));
        db.install();
        broker.start();
        try (VendorStandIn vendor = new VendorStandIn(Integer.getInteger("reliability.vendor-port", 18090))) {
            Rig rig = new Rig(db, broker, vendor, jar, work.resolve("logs"));
            for (Entry scenario : all) {
                if (!wanted.isEmpty() && !wanted.contains(scenario.id())) {
                    continue;
                }
                long start = System.nanoTime();
                String line;
                try {
                    String summary = scenario.scenario().run(rig, scenario.id());
                    line = String.format(Locale.ROOT, "RESULT %s PASS %4.0fs %s: %s", scenario.id(), seconds(start), scenario.title(), summary);
                } catch (Throwable e) {
                    failed = true;
                    line = String.format(Locale.ROOT, "RESULT %s FAIL %4.0fs %s: %s", scenario.id(), seconds(start), scenario.title(), e);
                    e.printStackTrace(System.out);
                }
                System.out.println(line);
                results.add(line);
            }
        } finally {
            broker.stop();
            db.stop();
        }
        System.out.println("---- fault suite " + Instant.now() + " (" + Runtime.getRuntime().availableProcessors() + " cores)");
        results.forEach(System.out::println);
        System.exit(failed ? 1 : 0);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
