package com.minicrm.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A private three-node RabbitMQ cluster, driven through {@code reliability/rabbitmq-cluster.sh}
 * (the operator's script, so the suite tests it too): its own node names, ports, data and cookie.
 */
final class RabbitCluster implements Broker {
    static final int NODES = 3;
    private final Path script;
    private final Path log;
    private final Map<String, String> env = new HashMap<>();
    private final Set<Integer> down = ConcurrentHashMap.newKeySet();

    RabbitCluster(Path script, Path dir, int firstAmqpPort, int firstDistPort) {
        this.script = script;
        this.log = dir.resolveSibling("rabbitmq-cluster.log");
        env.put("CRM_CLUSTER_DIR", dir.toString());
        env.put("CRM_CLUSTER_AMQP_PORT", Integer.toString(firstAmqpPort));
        env.put("CRM_CLUSTER_DIST_PORT", Integer.toString(firstDistPort));
        env.put("CRM_CLUSTER_NAME", "crm-rel-c" + firstAmqpPort + "-");
    }

    @Override
    public void start() {
        script("start");
        down.clear();
    }

    @Override
    public void stop() {
        try {
            script("stop");
        } catch (IllegalStateException e) {
            System.out.println("the cluster did not stop cleanly: " + e.getMessage());
        }
    }

    /** The node's crash: kill -9 of its Erlang VM. */
    void kill9(int node) {
        script("kill", Integer.toString(node));
        down.add(node);
    }

    /** Starts a node that was stopped or killed; it rejoins the cluster by itself. */
    void startNode(int node) {
        script("start-node", Integer.toString(node));
        down.remove(node);
    }

    /** Per queue: its type, leader node number (0 if none) and member count, e.g. {@code quorum 1 3}. */
    Map<String, String> layout(String vhost) {
        Map<String, String> layout = new HashMap<>();
        for (Map<?, ?> queue : parse(ctl("-q", "list_queues", "-p", vhost, "name", "type", "leader", "members", "--formatter", "json"))) {
            Object members = queue.get("members");
            int count = members instanceof List<?> list ? list.size() : 0;
            layout.put((String) queue.get("name"), queue.get("type") + " " + nodeNumber(String.valueOf(queue.get("leader"))) + " " + count);
        }
        return layout;
    }

    /** The node number (1..3) leading the queue, 0 if it has none. */
    int leader(String vhost, String queue) {
        String entry = layout(vhost).get(queue);
        return entry == null ? 0 : Integer.parseInt(entry.split(" ")[1]);
    }

    @Override
    public Map<String, String> appSettings() {
        return Map.of("CRM_RABBITMQ_ADDRESSES", script("addresses").trim(),
                "CRM_RABBITMQ_DEAD_LETTER_QUEUE_TYPE", "quorum",
                "CRM_RABBITMQ_RECONNECT_INTERVAL", "2");
    }

    private int nodeNumber(String node) {
        String prefix = env.get("CRM_CLUSTER_NAME");
        int at = node.indexOf('@');
        return node.startsWith(prefix) && at > prefix.length() ? Integer.parseInt(node.substring(prefix.length(), at)) : 0;
    }

    /** The JSON array in the CLI's output (which may carry warnings around it). */
    private static List<Map<?, ?>> parse(String output) {
        int from = output.indexOf('[');
        int to = output.lastIndexOf(']');
        if (from < 0 || to < from) {
            return List.of();
        }
        try {
            return List.of(new com.fasterxml.jackson.databind.ObjectMapper().readValue(output.substring(from, to + 1), Map[].class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException notOurs) {
            return List.of();
        }
    }

    /** rabbitmqctl against the first node that is up. */
    @Override
    public String ctl(String... args) {
        int node = 1;
        while (down.contains(node) && node < NODES) {
            node++;
        }
        List<String> command = new ArrayList<>(List.of("ctl", Integer.toString(node)));
        command.addAll(List.of(args));
        return script(command.toArray(String[]::new));
    }

    private String script(String... args) {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        return Processes.run(command, env, log, 300);
    }
}
