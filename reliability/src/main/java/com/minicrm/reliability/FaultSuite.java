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
 * Arguments: scenario ids to run a subset. Without any, s1..s9 run; the cluster scenarios (c1, c2)
 * and the read-replica ones (d1, d2) run only when named, and only they start the private
 * three-node RabbitMQ cluster, or the private MariaDB primary with its replica.
 */
public final class FaultSuite {
    private FaultSuite() {}

    private record Entry(String id, String title, Scenario scenario) {
        boolean onCluster() {
            return id.startsWith("c");
        }

        boolean onReplicas() {
            return id.startsWith("d");
        }
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("reliability.work", "reliability/target/run")).toAbsolutePath();
        ReplicatedMariaDb replicas = new ReplicatedMariaDb(Path.of("reliability/mariadb-replica.sh").toAbsolutePath(),
                work.resolve("mariadb-replica"), Integer.getInteger("reliability.replica-primary-port", 13411),
                Integer.getInteger("reliability.replica-port", 13412));
        List<Entry> all = List.of(
                new Entry("s1", "app kill -9 during ingestion", new CrashDuringIngestion()),
                new Entry("s2", "broker restart during ingestion", new BrokerRestart()),
                new Entry("s3", "database outage during consumption", new DatabaseOutage()),
                new Entry("s4", "app kill -9 mid-campaign", new CrashMidCampaign()),
                new Entry("s5", "two instances", new TwoInstances()),
                new Entry("s6", "vendor 503s then timeouts", new VendorTrouble()),
                new Entry("s7", "soak: 70% load with a campaign for 10 minutes", new Soak()),
                new Entry("s8", "app kill -9 during order attribution", new CrashDuringAttribution()),
                new Entry("s9", "STOP replies while a campaign is sending", new StopDuringCampaign()),
                new Entry("c1", "RabbitMQ cluster: kill -9 of a node during ingestion", new NodeCrashDuringIngestion()),
                new Entry("c2", "RabbitMQ cluster: kill -9 of a node mid-campaign", new NodeCrashMidCampaign()),
                new Entry("d1", "read replica stopped during previews", new ReplicaStopDuringPreviews(replicas)),
                new Entry("d2", "read replica lagging past the bound", new ReplicaLag(replicas)));
        List<String> wanted = args.length > 0 ? Arrays.asList(args)
                : all.stream().map(Entry::id).filter(id -> id.startsWith("s")).toList();
        List<Entry> chosen = all.stream().filter(e -> wanted.contains(e.id())).toList();
        Path jar = Path.of(System.getProperty("reliability.app", "bootstrap/target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the app first: " + jar);
        }
        Files.createDirectories(work.resolve("logs"));
        PrivateMariaDb db = new PrivateMariaDb(work.resolve("mariadb"), Integer.getInteger("reliability.db-port", 13307));
        PrivateRabbitMq broker = new PrivateRabbitMq(work.resolve("rabbitmq"), Integer.getInteger("reliability.amqp-port", 15673),
                Integer.getInteger("reliability.dist-port", 25679));
        RabbitCluster cluster = new RabbitCluster(Path.of("reliability/rabbitmq-cluster.sh").toAbsolutePath(), work.resolve("rabbitmq-cluster"),
                Integer.getInteger("reliability.cluster-amqp-port", 5711), Integer.getInteger("reliability.cluster-dist-port", 25711));
        boolean singleNode = chosen.stream().anyMatch(e -> !e.onCluster());
        boolean threeNodes = chosen.stream().anyMatch(Entry::onCluster);
        boolean replicated = chosen.stream().anyMatch(Entry::onReplicas);
        boolean suiteDatabase = chosen.stream().anyMatch(e -> !e.onReplicas());
        List<String> results = new ArrayList<>();
        boolean failed = false;
        System.out.println("fault suite: private MariaDB and RabbitMQ in " + work);
        // Ctrl+C or a CI timeout must not leave the private servers behind.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ProcessHandle.current().children().filter(p -> p.info().command().orElse("").endsWith("java"))
                    .forEach(ProcessHandle::destroyForcibly);
            broker.stop();
            if (threeNodes) {
                cluster.stop();
            }
            if (replicated) {
                replicas.stop();
            }
            db.stop();
        }));
        if (suiteDatabase) {
            db.install();
        }
        if (singleNode) {
            broker.start();
        }
        if (threeNodes) {
            cluster.start();
        }
        if (replicated) {
            replicas.start();
        }
        try (VendorStandIn vendor = new VendorStandIn(Integer.getInteger("reliability.vendor-port", 18090))) {
            Rig rig = new Rig(db, broker, vendor, jar, work.resolve("logs"));
            Rig clusterRig = new Rig(db, cluster, vendor, jar, work.resolve("logs"));
            Rig replicaRig = new Rig(replicas.primary, broker, vendor, jar, work.resolve("logs"));
            for (Entry scenario : chosen) {
                long start = System.nanoTime();
                String line;
                try {
                    String summary = scenario.scenario().run(scenario.onCluster() ? clusterRig : scenario.onReplicas() ? replicaRig : rig,
                            scenario.id());
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
            if (threeNodes) {
                cluster.stop();
            }
            if (replicated) {
                replicas.stop();
            }
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
