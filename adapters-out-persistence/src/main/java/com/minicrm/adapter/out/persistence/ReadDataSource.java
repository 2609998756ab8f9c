package com.minicrm.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the reads that may be slightly stale go (previews, customer pages, AI statistics): the
 * replica named by {@code CRM_DB_READ_URL} while it answers and lags at most {@code CRM_DB_READ_MAX_LAG}
 * behind the primary, otherwise the primary. Writes and reads of one's own writes never come here.
 *
 * <p>The replica's lag ({@code Seconds_Behind_Master}) is looked at no more than once per
 * {@code crm.db.read.check-every}; a replica that does not replicate (no slave status, threads
 * stopped) counts as lagging without bound. A read that fails on the replica is run again on the
 * primary, so stopping the replica costs no request an error. Every read that
 * goes to the primary although a replica is configured is counted by reason (the metric
 * {@code crm.db.read.fallback}, registered in bootstrap).
 */
@ApplicationScoped
public class ReadDataSource {
    /** One read, given a connection; it may run twice (replica, then primary), so it must not write. */
    @FunctionalInterface
    public interface Read<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Why a read went to the primary: the replica lagged past the bound (or did not replicate), or failed. */
    public enum Fallback {
        LAG, DOWN
    }

    private final DataSource primary;
    private final Optional<DataSource> replica;
    private final long maxLagSeconds;
    private final long checkEveryNanos;
    private final Map<Fallback, AtomicLong> fallbacks = new EnumMap<>(Fallback.class);
    private final ReentrantLock checking = new ReentrantLock();
    private volatile long checkedAt;
    private volatile boolean checked;
    private volatile Fallback state = Fallback.DOWN;
    private volatile double lagSeconds = -1;

    @Inject
    ReadDataSource(DataSource primary, @Any Instance<DataSource> named,
            @ConfigProperty(name = "quarkus.datasource.\"read\".jdbc.url") Optional<String> readUrl,
            @ConfigProperty(name = "crm.db.read.max-lag", defaultValue = "5s") Duration maxLag,
            @ConfigProperty(name = "crm.db.read.check-every", defaultValue = "1s") Duration checkEvery) {
        // Without a URL Quarkus leaves the named datasource inactive, and looking it up would fail.
        this(primary, readUrl.filter(url -> !url.isBlank())
                .map(url -> named.select(new io.quarkus.agroal.DataSource.DataSourceLiteral("read")).get()),
                maxLag, checkEvery);
    }

    ReadDataSource(DataSource primary, Optional<DataSource> replica, Duration maxLag, Duration checkEvery) {
        this.primary = primary;
        this.replica = replica;
        this.maxLagSeconds = maxLag.toSeconds();
        this.checkEveryNanos = checkEvery.toNanos();
        for (Fallback reason : Fallback.values()) {
            fallbacks.put(reason, new AtomicLong());
        }
    }

    /** Reads from the primary alone, as without {@code CRM_DB_READ_URL} (for adapters built by hand, in tests). */
    public static ReadDataSource primaryOnly(DataSource primary) {
        return new ReadDataSource(primary, Optional.empty(), Duration.ZERO, Duration.ofSeconds(1));
    }

    /** Runs the read on the replica when it is usable, otherwise (or when it fails on its connection) on the primary. */
    public <T> T read(Read<T> read) throws SQLException {
        if (replica.isPresent()) {
            refresh();
            Fallback reason = state;
            if (reason == null) {
                try (Connection connection = replica.get().getConnection()) {
                    return read.run(connection);
                } catch (SQLException lost) {
                    // Reads are idempotent: whatever broke on the replica (a stop, a killed query) is
                    // answered by the primary, and a statement that is wrong fails there too.
                    markDown();
                    reason = Fallback.DOWN;
                }
            }
            fallbacks.get(reason).incrementAndGet();
        }
        try (Connection connection = primary.getConnection()) {
            return read.run(connection);
        }
    }

    public boolean replicaConfigured() {
        return replica.isPresent();
    }

    /** True while the stale-tolerant reads go to the replica. */
    public boolean replicaInUse() {
        return replica.isPresent() && checked && state == null;
    }

    /** The replica's lag at the last look, in seconds; -1 when unknown, unreachable or not replicating. */
    public double lagSeconds() {
        return lagSeconds;
    }

    /** Reads sent to the primary for this reason since the start, although a replica is configured. */
    public long fallbacks(Fallback reason) {
        return fallbacks.get(reason).get();
    }

    private void refresh() {
        if (checked && System.nanoTime() - checkedAt < checkEveryNanos) {
            return;
        }
        // One thread measures; the others read with the state of the last measurement.
        if (!checking.tryLock()) {
            return;
        }
        try {
            Long lag = measureLag();
            lagSeconds = lag == null ? -1 : lag;
            state = lag == null || lag > maxLagSeconds ? Fallback.LAG : null;
        } catch (SQLException unreachable) {
            lagSeconds = -1;
            state = Fallback.DOWN;
        } finally {
            checkedAt = System.nanoTime();
            checked = true;
            checking.unlock();
        }
    }

    private void markDown() {
        state = Fallback.DOWN;
        checkedAt = System.nanoTime();
    }

    /** Seconds behind the primary; null when the server is no replica or its replication threads are stopped. */
    private Long measureLag() throws SQLException {
        try (Connection connection = replica.get().getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (ResultSet status = statement.executeQuery("SHOW SLAVE STATUS")) {
                if (!status.next()) {
                    return null;
                }
                long behind = status.getLong("Seconds_Behind_Master");
                return status.wasNull() ? null : behind;
            }
        }
    }
}
