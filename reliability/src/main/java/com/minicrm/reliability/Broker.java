package com.minicrm.reliability;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** The RabbitMQ a scenario runs against: one private node, or a private three-node cluster. */
interface Broker {
    void start() throws IOException;

    /** A clean stop, as an operator's would be. */
    void stop();

    /** rabbitmqctl against (a live node of) this broker; a non-zero exit is an error. */
    String ctl(String... args);

    default void addVhost(String vhost) {
        ctl("add_vhost", vhost);
        ctl("set_permissions", "-p", vhost, "guest", ".*", ".*", ".*");
    }

    /** Per queue of the vhost: messages (ready plus unacknowledged) and consumers. */
    default Map<String, long[]> queues(String vhost) {
        Map<String, long[]> queues = new HashMap<>();
        for (String line : ctl("-q", "list_queues", "-p", vhost, "name", "messages", "consumers", "--no-table-headers").split("\n")) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length == 3 && cells[1].matches("\\d+") && cells[2].matches("\\d+")) {
                queues.put(cells[0], new long[] {Long.parseLong(cells[1]), Long.parseLong(cells[2])});
            }
        }
        return queues;
    }

    default long messages(String vhost, String queue) {
        long[] q = queues(vhost).get(queue);
        return q == null ? 0 : q[0];
    }

    /** The app's settings that point it at this broker. */
    Map<String, String> appSettings();
}
