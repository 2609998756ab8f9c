package com.minicrm.adapter.out.persistence.segment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * The real MariaDB the database tests run against, rebuilt once per JVM: cleaned, then migrated, so
 * whatever an earlier run or an older migration left there cannot fail validation.
 */
public final class TestDatabase {
    public static final String URL = System.getProperty("minicrm.test.jdbc-url",
            System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mariadb://127.0.0.1:3306/minicrm_test"));
    private static boolean migrated;

    private TestDatabase() {}

    public static synchronized Connection connect() throws SQLException {
        if (!migrated) {
            Flyway flyway = Flyway.configure().dataSource(URL, "crm", "crm").locations("classpath:db/migration")
                    .cleanDisabled(false).load();
            flyway.clean();
            flyway.migrate();
            migrated = true;
        }
        return DriverManager.getConnection(URL, "crm", "crm");
    }
}
