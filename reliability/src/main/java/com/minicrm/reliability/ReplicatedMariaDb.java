package com.minicrm.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A private MariaDB primary and its GTID replica, driven through {@code reliability/mariadb-replica.sh}
 * (the operator's script, so the suite tests it too). The primary serves as the scenarios' database.
 */
final class ReplicatedMariaDb {
    private final Path script;
    private final Path log;
    private final int replicaPort;
    private final Map<String, String> env = new HashMap<>();
    final PrivateMariaDb primary;

    ReplicatedMariaDb(Path script, Path dir, int primaryPort, int replicaPort) {
        this.script = script;
        this.log = dir.resolveSibling("mariadb-replica.log");
        this.replicaPort = replicaPort;
        env.put("CRM_REPLICA_DIR", dir.toString());
        env.put("CRM_REPLICA_PRIMARY_PORT", Integer.toString(primaryPort));
        env.put("CRM_REPLICA_PORT", Integer.toString(replicaPort));
        // A handle on the running primary: URLs, connections and databases, never started by it.
        primary = new PrivateMariaDb(dir.resolve("primary"), primaryPort);
    }

    void start() {
        script("start");
    }

    void stop() {
        try {
            script("stop");
        } catch (IllegalStateException e) {
            System.out.println("the replicated MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    void stopReplica() {
        script("stop-replica");
    }

    void startReplica() {
        script("start-replica");
    }

    /** One or more statements as root on "primary" or "replica". */
    String sql(String server, String statements) {
        return script("sql", server, statements);
    }

    String replicaUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + replicaPort + "/" + database;
    }

    Connection connectReplica(String database) throws SQLException {
        return DriverManager.getConnection(replicaUrl(database), PrivateMariaDb.USER, PrivateMariaDb.PASSWORD);
    }

    /** The replica's Seconds_Behind_Master, -1 when it reports none (not replicating). */
    long lag() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + replicaPort + "/", "root", "");
                Statement st = c.createStatement();
                ResultSet status = st.executeQuery("SHOW SLAVE STATUS")) {
            if (!status.next()) {
                return -1;
            }
            long behind = status.getLong("Seconds_Behind_Master");
            return status.wasNull() ? -1 : behind;
        }
    }

    private String script(String... args) {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        return Processes.run(command, env, log, 300);
    }
}
