package com.minicrm.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 7. The soak: mixed single and batch ingestion at 70% of the benchmark's peak for ten minutes
 * ({@code -Dreliability.soak-seconds}) while a campaign is delivered. Checks that the heap after a
 * full GC is flat from start to end, that the p99 of accepting a request under load stays within 2×
 * of the unloaded p99 (single and batch separately), and that nothing is lost: every customer and
 * order exactly once with exact aggregates, the campaign exact.
 *
 * <p>Load is open-loop: each request has its slot on a fixed schedule and its latency counts from
 * that slot, so a stalled server shows up as latency rather than as fewer requests. A request not
 * answered 202 is sent again half a second later, as a brand's client would, and its latency runs
 * until the 202: a server that sheds load with quick 503s gains nothing by it.
 */
final class Soak implements Scenario {
    /**
     * The peaks from {@code scripts/bench-ingestion.sh} (README, Performance): rows/s by batch, requests/s
     * single, as measured on 2026-11-26 07:35-08:02 UTC. On another machine, pass its own.
     */
    static final double BATCH_PEAK_ROWS_PER_SECOND = Double.parseDouble(System.getProperty("reliability.soak.batch-peak", "2210"));
    static final double SINGLE_PEAK_PER_SECOND = Double.parseDouble(System.getProperty("reliability.soak.single-peak", "1127"));
    /** 70% of the machine in all: half of the batch peak plus a fifth of the single-request peak. */
    private static final double BATCH_SHARE = 0.5;
    private static final double SINGLE_SHARE = 0.2;
    private static final int BATCH = 1000;
    private static final int SECONDS = Integer.getInteger("reliability.soak-seconds", 600);
    private static final int WARM_UP_SECONDS = 45;
    private static final int QUIET_SECONDS = 120;
    private static final String WARM_UP_CITY = "Warmpur";
    /** The campaign is paced to last as long as the soak. */
    private static final int VENDOR_RATE = 50;
    private static final int WARM_UP_AUDIENCE = VENDOR_RATE * 30;
    /** The campaign's audience lives apart from the ingested customers, so its size is known. */
    private static final String CAMPAIGN_CITY = "Soakpur";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Override
    public String run(Rig rig, String id) throws Exception {
        rig.prepare(id);
        int audience = VENDOR_RATE * SECONDS;
        CrmApp app = rig.app(id, "app", Rig.APP_PORT, Map.of("CRM_VENDOR_RATE", Integer.toString(VENDOR_RATE),
                "CRM_RECEIPT_TIMEOUT", "120s"));
        // The JVM's own collector choice (G1 here), as a deployment would have, with every pause logged.
        // -Dreliability.soak.app-jvm-options adds options for a diagnosis, e.g. a JFR recording.
        List<String> jvm = new ArrayList<>(List.of("-Xmx1g", "-Xlog:gc:file=" + app.logDir().resolve(id + "-gc.log")));
        Arrays.stream(System.getProperty("reliability.soak.app-jvm-options", "").split(" ")).filter(o -> !o.isBlank()).forEach(jvm::add);
        app.jvmOptions(jvm);
        app.start();
        try {
            rig.seedCustomers(id, audience, CAMPAIGN_CITY);
            rig.seedCustomers(id, WARM_UP_AUDIENCE, WARM_UP_CITY);
            // Rates: 70% of the peak, split between the kinds.
            int singlesPerSecond = (int) Math.round(SINGLE_SHARE * SINGLE_PEAK_PER_SECOND);
            double batchesPerSecond = BATCH_SHARE * BATCH_PEAK_ROWS_PER_SECOND / BATCH;
            // Warm-up at those rates with a small campaign (JIT compilation, pools, connections on every path), not measured.
            DataSet warmSingles = singlesFor("ws", singlesPerSecond, WARM_UP_SECONDS);
            DataSet warmBatches = batchesFor("wb", batchesPerSecond, WARM_UP_SECONDS);
            long warmUpCampaign = Rig.launchCampaign(app, WARM_UP_CITY);
            phase(app, warmSingles, singlesPerSecond, warmBatches, batchesPerSecond, Duration.ofMinutes(10)).close();
            try (Connection c = rig.connect(id)) {
                Invariants.awaitCampaignDone(c, warmUpCampaign, 300);
            }
            // Unloaded figures, no campaign, after what the warm-up queued is stored: singles at a tenth
            // of their rate, batches at one a second, for long enough that a p99 rests on over 100
            // batches rather than being the slowest of a few.
            DataSet quietSingles = singlesFor("us", singlesPerSecond / 10.0, QUIET_SECONDS);
            DataSet quietBatches = batchesFor("ub", 1, QUIET_SECONDS);
            for (DataSet data : List.of(warmSingles, warmBatches)) {
                Invariants.awaitIngested(rig.db, Rig.database(id), rig.broker, id, data, 900);
            }
            Load quiet = phase(app, quietSingles, singlesPerSecond / 10.0, quietBatches, 1, Duration.ofMinutes(5));
            quiet.close();
            long heapStart = heapAfterFullGc(app);

            long campaign = Rig.launchCampaign(app, CAMPAIGN_CITY);
            DataSet singles = singlesFor("ls", singlesPerSecond, SECONDS);
            DataSet batches = batchesFor("lb", batchesPerSecond, SECONDS);
            long loadStart = System.nanoTime();
            Load load = new Load(app.base());
            ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor();
            monitor.scheduleAtFixedRate(() -> report(rig, id, load, loadStart), 10, 10, TimeUnit.SECONDS);
            try {
                load.run(singles, singlesPerSecond, batches, batchesPerSecond, Duration.ofSeconds(SECONDS + 600L));
            } finally {
                monitor.shutdownNow();
            }
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            load.close();
            List<DataSet> all = List.of(warmSingles, warmBatches, quietSingles, quietBatches, singles, batches);

            Check check = new Check();
            String campaignSummary;
            long customers = 0;
            long orders = 0;
            for (DataSet data : all) {
                Invariants.awaitIngested(rig.db, Rig.database(id), rig.broker, id, data, 900);
            }
            try (Connection c = rig.connect(id)) {
                for (DataSet data : all) {
                    Invariants.ingestion(c, data, check);
                    customers += data.customers();
                    orders += data.orders();
                }
                Invariants.awaitCampaignDone(c, campaign, 900);
                campaignSummary = Invariants.campaign(c, campaign, audience, rig.vendor, check);
            }
            check.equal("dead-lettered messages", 0L, rig.broker.messages(id, "crm.ingestion.dlq"));
            long heapEnd = heapAfterFullGc(app);

            for (String kind : List.of("single", "batch")) {
                double unloaded = quiet.p99(kind);
                double loaded = load.p99(kind);
                check.that(loaded <= 2 * unloaded, String.format(Locale.ROOT, "%s p99 under load %.1f ms > 2 × unloaded %.1f ms",
                        kind, loaded, unloaded));
            }
            check.that(heapEnd <= heapStart * 1.2 + 20 * MB, "heap after GC grew from " + heapStart / MB + " MB to " + heapEnd / MB + " MB");
            check.that(load.statuses().keySet().stream().allMatch(s -> s == 202 || s == 503),
                    "answers other than 202/503 under load: " + load.statuses());
            String figures = String.format(Locale.ROOT, "%.0f s of load: %d single req/s + %.1f batches of %d/s (%,.0f rows/s, 70%% of the peak),"
                            + " campaign of %,d at %d msg/s alongside; p99 single %.1f ms loaded vs %.1f ms unloaded,"
                            + " batch %.1f ms vs %.1f ms (p50 single %.1f vs %.1f ms, batch %.1f vs %.1f ms); answers %s; heap after full GC %d MB"
                            + " at the start, %d MB at the end; %,d customers and %,d orders in %d data sets exactly once,"
                            + " aggregates = recomputation; %s",
                    loadSeconds, singlesPerSecond, batchesPerSecond, BATCH, singlesPerSecond + batchesPerSecond * BATCH, audience,
                    VENDOR_RATE, load.p99("single"), quiet.p99("single"), load.p99("batch"), quiet.p99("batch"),
                    load.percentile("single", 0.5), quiet.percentile("single", 0.5), load.percentile("batch", 0.5),
                    quiet.percentile("batch", 0.5), load.statuses(), heapStart / MB, heapEnd / MB,
                    customers, orders, all.size(), campaignSummary);
            try {
                check.done();
            } catch (AssertionError broken) {
                throw new AssertionError(broken.getMessage() + " | measured: " + figures, broken);
            }
            return figures;
        } finally {
            app.stop();
        }
    }

    private static final long MB = 1024 * 1024;

    /** Single requests for that long at that rate: a customer and two of its orders per three requests. */
    private static DataSet singlesFor(String prefix, double perSecond, int seconds) {
        int customers = (int) Math.round(perSecond * seconds / 3);
        return new DataSet(prefix, customers, 2 * customers);
    }

    /** Batches of {@link #BATCH} for that long at that rate, likewise a customer batch and two order batches per three. */
    private static DataSet batchesFor(String prefix, double perSecond, int seconds) {
        int customers = (int) Math.max(1, Math.round(perSecond * seconds / 3)) * BATCH;
        return new DataSet(prefix, customers, 2 * customers);
    }

    private static Load phase(CrmApp app, DataSet singles, double singlesPerSecond, DataSet batches, double batchesPerSecond,
            Duration limit) throws Exception {
        Load load = new Load(app.base());
        load.run(singles, singlesPerSecond, batches, batchesPerSecond, limit);
        return load;
    }

    /**
     * A progress line every ten seconds, so a run that goes wrong shows when and how. Cheap on
     * purpose (no rabbitmqctl, which starts an Erlang VM): rows stored so far come from the highest ids.
     */
    private static void report(Rig rig, String id, Load load, long startNanos) {
        try (Connection c = rig.connect(id)) {
            Map<String, Long> innodb = innodbStatus(c);
            System.out.printf(Locale.ROOT, "soak %4.0f s: accepted single %,d batch %,d; last 10 s p99 single %.0f ms, batch %.0f ms;"
                            + " highest customer id %,d, order id %,d; InnoDB checkpoint age %d%% of its limit, %,d dirty pages;"
                            + " load %s%n", (System.nanoTime() - startNanos) / 1e9,
                    load.accepted("single"), load.accepted("batch"), load.recentP99("single"), load.recentP99("batch"),
                    Invariants.count(c, "SELECT COALESCE(MAX(id), 0) FROM customer"),
                    Invariants.count(c, "SELECT COALESCE(MAX(id), 0) FROM customer_order"),
                    100 * innodb.getOrDefault("Innodb_checkpoint_age", 0L) / Math.max(1, innodb.getOrDefault("Innodb_checkpoint_max_age", 1L)),
                    innodb.getOrDefault("Innodb_buffer_pool_pages_dirty", 0L),
                    java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            if (!Thread.currentThread().isInterrupted()) {
                System.out.println("soak: no progress figures: " + e);
            }
        }
    }

    /**
     * The InnoDB figures of the progress line, in one round trip. The checkpoint age against its
     * limit tells whether the redo log is full enough that InnoDB flushes pages in the foreground,
     * which stalls every write.
     */
    private static Map<String, Long> innodbStatus(Connection c) throws SQLException {
        Map<String, Long> figures = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        try (PreparedStatement st = c.prepareStatement("SHOW GLOBAL STATUS WHERE Variable_name IN"
                + " ('Innodb_checkpoint_age', 'Innodb_checkpoint_max_age', 'Innodb_buffer_pool_pages_dirty')");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                figures.put(rs.getString(1), rs.getLong(2));
            }
        }
        return figures;
    }

    /** A full GC through jcmd, then the heap in use as the app's own metrics report it. */
    private static long heapAfterFullGc(CrmApp app) throws IOException, InterruptedException {
        String jcmd = System.getProperty("java.home") + "/bin/jcmd";
        Process gc = new ProcessBuilder(jcmd, Long.toString(app.pid()), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        if (gc.waitFor() != 0) {
            throw new IllegalStateException("jcmd GC.run failed");
        }
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(app.base() + "/q/metrics"))
                .header("Authorization", "Bearer " + CrmApp.API_KEY).build(), HttpResponse.BodyHandlers.ofString()).body();
        long heap = metrics.lines().filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        if (heap == 0) {
            throw new IllegalStateException("no heap figure in /q/metrics");
        }
        return heap;
    }

    /** Open-loop request streams against one app, with each request's latency until its 202, by kind. */
    private static final class Load {
        private final String base;
        private final ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        private final Map<String, long[]> latencies = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> recorded = new ConcurrentHashMap<>();
        private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        private final Map<String, Integer> reported = new ConcurrentHashMap<>();

        Load(String base) {
            this.base = base;
        }

        /** Sends both data sets at their rates, single items and batches side by side, until every request got its 202. */
        void run(DataSet singles, double singlesPerSecond, DataSet batches, double batchesPerSecond, Duration limit)
                throws Exception {
            // Bodies are built before the clock starts: the load generator shares the 2 cores with
            // the app, and building 1,000-item bodies on the fly took CPU from the server it measures.
            List<Pusher.Request> singleRequests = List.copyOf(singles.singles());
            List<Pusher.Request> batchRequests = List.copyOf(batches.requests(BATCH));
            // They are then moved to the old generation, also before the clock starts: left young,
            // the generator's own collections copied those hundreds of MB for the first minutes of
            // a phase, in pauses of 60-200 ms (its GC log, load-generator-gc.log) that counted as
            // the server's latency, since every request's latency runs from its slot.
            System.gc();
            CompletableFuture.allOf(stream("single", singleRequests, singlesPerSecond),
                    stream("batch", batchRequests, batchesPerSecond)).get(limit.toSeconds(), TimeUnit.SECONDS);
        }

        int accepted(String kind) {
            return recorded.get(kind).get();
        }

        /** The p99 of the requests accepted since the previous call, in milliseconds. */
        double recentP99(String kind) {
            int to = accepted(kind);
            int from = reported.getOrDefault(kind, 0);
            reported.put(kind, to);
            return millis(Arrays.copyOfRange(latencies.get(kind), from, to), 0.99);
        }

        /** Sends every request at its slot, {@code perSecond} a second; completes when all got a 202. */
        CompletableFuture<Void> stream(String kind, List<Pusher.Request> requests, double perSecond) {
            latencies.put(kind, new long[requests.size()]);
            recorded.put(kind, new AtomicInteger());
            CompletableFuture<?>[] accepted = new CompletableFuture<?>[requests.size()];
            long start = System.nanoTime();
            long interval = (long) (1e9 / perSecond);
            for (int i = 0; i < requests.size(); i++) {
                accepted[i] = new CompletableFuture<Void>();
            }
            AtomicInteger next = new AtomicInteger();
            // One tick per millisecond dispatches every request whose slot has come.
            clock.scheduleAtFixedRate(() -> {
                long due = Math.min(requests.size(), (System.nanoTime() - start) / interval + 1);
                for (int i = next.get(); i < due; i = next.incrementAndGet()) {
                    send(kind, requests.get(i), start + i * interval, accepted[i]);
                }
            }, 0, 1, TimeUnit.MILLISECONDS);
            return CompletableFuture.allOf(accepted);
        }

        private void send(String kind, Pusher.Request request, long slot, CompletableFuture<?> accepted) {
            HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + request.path()))
                                    .header("Authorization", "Bearer " + CrmApp.API_KEY)
                                    .header("Content-Type", "application/json")
                                    .timeout(Duration.ofSeconds(30))
                                    .POST(HttpRequest.BodyPublishers.ofString(request.body())).build(),
                            HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> {
                        int status = response == null ? -1 : response.statusCode();
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        if (status == 202) {
                            long[] mine = latencies.get(kind);
                            mine[recorded.get(kind).getAndIncrement()] = System.nanoTime() - slot;
                            accepted.complete(null);
                        } else {
                            clock.schedule(() -> send(kind, request, slot, accepted), 500, TimeUnit.MILLISECONDS);
                        }
                        return null;
                    });
        }

        double p99(String kind) {
            return percentile(kind, 0.99);
        }

        /** In milliseconds, over the requests of that kind accepted so far. */
        double percentile(String kind, double p) {
            return millis(Arrays.copyOf(latencies.get(kind), recorded.get(kind).get()), p);
        }

        /** The p-quantile of latencies in nanoseconds (sorted in place), in milliseconds. */
        private static double millis(long[] nanos, double p) {
            Arrays.sort(nanos);
            return nanos.length == 0 ? Double.NaN : nanos[(int) Math.ceil(p * nanos.length) - 1] / 1e6;
        }

        Map<Integer, Integer> statuses() {
            Map<Integer, Integer> copy = new TreeMap<>();
            statuses.forEach((status, count) -> copy.put(status, count.get()));
            return copy;
        }

        void close() {
            clock.shutdownNow();
        }
    }
}
