package com.minicrm.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.minicrm.adapter.out.persistence.ReadDataSource.Fallback;
import com.minicrm.adapter.out.persistence.segment.TestDatabase;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Against the real MariaDB: which server a stale-tolerant read reaches. The test server is no
 * replica, so the routing onto a current replica is shown by the fault suite (d1, d2) with real
 * replication; here, every way a replica can be unusable sends the read to the primary and counts.
 */
class ReadDataSourceTest {
    private static final String ANSWER = "SELECT CONNECTION_ID()";

    @Test
    void withoutAReplicaEveryReadGoesToThePrimaryAndNothingCountsAsAFallback() throws SQLException {
        AtomicInteger primaryConnections = new AtomicInteger();
        ReadDataSource reads = ReadDataSource.primaryOnly(counting(TestDatabase.URL, primaryConnections));

        reads.read(ReadDataSourceTest::connectionId);

        assertThat(primaryConnections).hasValue(1);
        assertThat(reads.replicaConfigured()).isFalse();
        assertThat(reads.fallbacks(Fallback.LAG) + reads.fallbacks(Fallback.DOWN)).isZero();
    }

    @Test
    void aServerWhoseReplicationLagIsUnknownIsNotReadFrom() throws SQLException {
        TestDatabase.connect().close();
        AtomicInteger primary = new AtomicInteger();
        AtomicInteger replica = new AtomicInteger();
        ReadDataSource reads = new ReadDataSource(counting(TestDatabase.URL, primary),
                Optional.of(counting(TestDatabase.URL, replica)), Duration.ofSeconds(5), Duration.ofSeconds(1));

        reads.read(ReadDataSourceTest::connectionId);
        reads.read(ReadDataSourceTest::connectionId);

        // One look at SHOW SLAVE STATUS, then both reads on the primary: the test server has no
        // replication to report (LAG) or, where the account lacks SLAVE MONITOR, refuses to say (DOWN).
        assertThat(replica).hasValue(1);
        assertThat(primary).hasValue(2);
        assertThat(reads.fallbacks(Fallback.LAG) + reads.fallbacks(Fallback.DOWN)).isEqualTo(2);
        assertThat(reads.replicaInUse()).isFalse();
        assertThat(reads.lagSeconds()).isEqualTo(-1);
    }

    @Test
    void aReplicaThatCannotBeReachedIsDownAndThePrimaryAnswers() throws SQLException {
        AtomicInteger primary = new AtomicInteger();
        // Port 1 on the loopback refuses every connection at once.
        ReadDataSource reads = new ReadDataSource(counting(TestDatabase.URL, primary),
                Optional.of(counting("jdbc:mariadb://127.0.0.1:1/none?connectTimeout=500", new AtomicInteger())),
                Duration.ofSeconds(5), Duration.ofSeconds(1));

        long id = reads.read(ReadDataSourceTest::connectionId);

        assertThat(id).isPositive();
        assertThat(primary).hasValue(1);
        assertThat(reads.fallbacks(Fallback.DOWN)).isEqualTo(1);
        assertThat(reads.replicaInUse()).isFalse();
    }

    private static long connectionId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(ANSWER)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A data source that opens a real connection per call and counts the calls. */
    private static DataSource counting(String url, AtomicInteger connections) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && (args == null || args.length == 0)) {
                        connections.incrementAndGet();
                        return DriverManager.getConnection(url, "crm", "crm");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
