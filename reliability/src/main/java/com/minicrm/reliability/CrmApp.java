package com.minicrm.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged CRM as a real operating-system process, which the suite may kill -9 and start again. */
final class CrmApp {
    /** Random for each run, like the receipt secret, so that no value in the repository opens an app this suite started. */
    static final String API_KEY = randomHex(24);
    static final String RECEIPT_SECRET = randomHex(32);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String name;
    private final Path jar;
    private final Path logDir;
    private final int port;
    private final Map<String, String> env = new HashMap<>();
    private Process process;
    private int starts;
    /** Small and serial, so that two instances, MariaDB and RabbitMQ share 2 cores without fighting. */
    private List<String> jvmOptions = List.of("-Xmx512m", "-XX:+UseSerialGC");

    CrmApp(String name, Path jar, Path logDir, int port, PrivateMariaDb db, String database, Broker broker,
            String vhost, Map<String, String> settings) {
        this.name = name;
        this.jar = jar;
        this.logDir = logDir;
        this.port = port;
        env.put("CRM_HTTP_PORT", Integer.toString(port));
        env.put("CRM_DB_URL", db.url(database));
        env.put("CRM_DB_USER", PrivateMariaDb.USER);
        env.put("CRM_DB_PASSWORD", PrivateMariaDb.PASSWORD);
        env.putAll(broker.appSettings());
        env.put("RABBITMQ_VIRTUAL_HOST", vhost);
        env.put("CRM_BOOTSTRAP_API_KEY", API_KEY);
        env.put("CRM_BOOTSTRAP_API_KEY_SCOPES", "ingest,read,manage");
        env.put("CRM_VENDOR_RECEIPT_SECRET", RECEIPT_SECRET);
        env.putAll(settings);
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** Replaces the JVM options for the next start. */
    CrmApp jvmOptions(List<String> options) {
        this.jvmOptions = List.copyOf(options);
        return this;
    }

    Path logDir() {
        return logDir;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Starts the process and waits until it reports ready. */
    void start() throws IOException {
        starts++;
        List<String> command = new java.util.ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve(name + ".log").toFile()));
        builder.environment().putAll(env);
        process = builder.start();
        awaitReady();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited at start " + starts + "; see " + logDir.resolve(name + ".log"));
            }
            try {
                HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Processes.sleep(250);
        }
        throw new IllegalStateException(name + " not ready in 120 s; see " + logDir.resolve(name + ".log"));
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        if (alive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill9();
            }
        }
    }
}
