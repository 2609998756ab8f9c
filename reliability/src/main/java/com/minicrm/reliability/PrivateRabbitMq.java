package com.minicrm.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A RabbitMQ node of the suite's own (its own node name, ports, data and cookie), so that
 * restarting it harms nobody else on the machine.
 */
final class PrivateRabbitMq implements Broker {
    private static final Path SBIN = Path.of("/usr/lib/rabbitmq/bin");
    private final Path dir;
    private final int port;
    private final String node;
    private final Map<String, String> env = new HashMap<>();
    private Process server;

    PrivateRabbitMq(Path dir, int port, int distPort) throws IOException {
        this.dir = dir;
        this.port = port;
        this.node = "crm-rel-" + port + "@localhost";
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("rabbitmq.conf"), "listeners.tcp.local = 127.0.0.1:" + port + "\nloopback_users = none\n");
        Files.writeString(dir.resolve("enabled_plugins"), "[].\n");
        Files.writeString(dir.resolve("rabbitmq-env.conf"), "");
        env.put("HOME", dir.toString());
        env.put("RABBITMQ_CONF_ENV_FILE", dir.resolve("rabbitmq-env.conf").toString());
        env.put("RABBITMQ_NODENAME", node);
        env.put("RABBITMQ_NODE_PORT", Integer.toString(port));
        env.put("RABBITMQ_DIST_PORT", Integer.toString(distPort));
        env.put("RABBITMQ_CONFIG_FILE", dir.resolve("rabbitmq.conf").toString());
        env.put("RABBITMQ_ENABLED_PLUGINS_FILE", dir.resolve("enabled_plugins").toString());
        env.put("RABBITMQ_MNESIA_BASE", dir.resolve("mnesia").toString());
        env.put("RABBITMQ_LOG_BASE", dir.resolve("log").toString());
        env.put("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-kernel inet_dist_use_interface {127,0,0,1}");
    }

    int port() {
        return port;
    }

    @Override
    public Map<String, String> appSettings() {
        return Map.of("CRM_RABBITMQ_PORT", Integer.toString(port));
    }

    @Override
    public void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(tool("rabbitmq-server")).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()));
        builder.environment().putAll(env);
        server = builder.start();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            try {
                ctl("await_startup", "--timeout", "60");
                return;
            } catch (IllegalStateException notYet) {
                // The CLI gives up at once while the node is not registered yet.
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("RabbitMQ did not start; see " + dir, notYet);
                }
                Processes.sleep(1000);
            }
        }
    }

    /** A clean stop of the node, as an operator's restart would begin. */
    @Override
    public void stop() {
        if (server != null && server.isAlive()) {
            ctl("stop");
            try {
                server.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String ctl(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(tool("rabbitmqctl"), "-n", node));
        command.addAll(List.of(args));
        return Processes.run(command, env, dir.resolve("ctl.log"), 180);
    }

    private static String tool(String name) {
        Path direct = SBIN.resolve(name);
        return Files.isExecutable(direct) ? direct.toString() : name;
    }
}
