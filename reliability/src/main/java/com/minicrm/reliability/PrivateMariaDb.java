package com.minicrm.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the suite's own, in a temporary data directory on its own port, so that
 * stopping it harms nobody else on the machine.
 */
final class PrivateMariaDb {
    static final String USER = "crm";
    static final String PASSWORD = "crm";
    private final Path dir;
    private final int port;
    private Process server;

    PrivateMariaDb(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    void install() throws IOException {
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--auth-root-authentication-method=normal", "--skip-test-db"));
        if (Processes.isRoot()) {
            command.add("--user=root");
        }
        Processes.run(command, Map.of(), dir.resolve("install.log"), 120);
        start();
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement st = c.createStatement()) {
            st.execute("CREATE USER '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "'");
            st.execute("GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'%'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the crm user", e);
        }
    }

    void start() throws IOException {
        List<String> command = new ArrayList<>(List.of("mariadbd", "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mysqld.sock"),
                "--pid-file=" + dir.resolve("mysqld.pid"), "--innodb-buffer-pool-size=256M", "--skip-log-bin",
                "--max-connections=400", "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"));
        if (Processes.isRoot()) {
            command.add("--user=root");
        }
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("mysqld.log").toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Connection ignored = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "")) {
                return;
            } catch (SQLException notYet) {
                if (!server.isAlive()) {
                    throw new IllegalStateException("mariadbd exited; see " + dir.resolve("mysqld.log"));
                }
                Processes.sleep(200);
            }
        }
        throw new IllegalStateException("mariadbd did not accept connections in 60 s");
    }

    /** A clean shutdown (SIGTERM), as an operator's stop would be. */
    void stop() {
        if (server != null && server.isAlive()) {
            server.destroy();
            try {
                if (!server.waitFor(60, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void createDatabase(String name) throws SQLException {
        try (Connection c = connect(""); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS `" + name + "`");
            st.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, PASSWORD);
    }
}
