package com.minicrm.adapter.out.persistence.segment;

import com.minicrm.adapter.out.persistence.ReadDataSource;
import com.minicrm.application.port.out.AudienceQuery;
import com.minicrm.domain.segment.Audience;
import com.minicrm.domain.segment.AudienceMember;
import com.minicrm.domain.segment.Rule;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts and samples a rule's audience with the compiled predicate. The sample is read first:
 * when it comes back short it is the whole audience, which saves the COUNT for rare audiences,
 * the case where a count would have to scan the most.
 *
 * <p>The sample runs with the plans that must finish before the first row turned off. Index-merge
 * sort-union collects and sorts every matching row id for an OR of wide ranges (1.1 s for ten
 * rows of the seed rule on a million customers, more than its COUNT); semi-join and subquery
 * materialization build the whole tag list first (0.3 s for ten rows of a nested rule with a
 * common tag). Without them the scan stops after ten matches (10 to 20 ms). The COUNT keeps them.
 * A preview may be slightly stale, so it reads from the replica when one is configured and current.
 */
@ApplicationScoped
class JdbcAudienceQuery implements AudienceQuery {
    private static final String SAMPLE = "SELECT c.id, c.external_id, c.name, c.email, c.city, c.total_spend, c.visits,"
            + " c.last_order_at FROM customer c WHERE ";
    private static final String COUNT = "SELECT COUNT(*) FROM customer c WHERE ";

    private final ReadDataSource reads;

    JdbcAudienceQuery(ReadDataSource reads) {
        this.reads = reads;
    }

    @Override
    public Audience find(Rule rule, Instant asOf, int sampleSize) {
        SqlPredicate where = RuleSqlCompiler.compile(rule, asOf);
        try {
            return reads.read(connection -> {
                List<AudienceMember> sample = sample(connection, where, sampleSize);
                long size = sample.size() < sampleSize ? sample.size() : Math.max(sample.size(), count(connection, where));
                return new Audience(size, sample);
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Audience query failed", e);
        }
    }

    private static List<AudienceMember> sample(Connection connection, SqlPredicate where, int sampleSize) throws SQLException {
        try (Statement session = connection.createStatement()) {
            session.execute("SET SESSION optimizer_switch = 'index_merge_sort_union=off,semijoin=off,materialization=off'");
            try {
                return readSample(connection, where, sampleSize);
            } finally {
                session.execute("SET SESSION optimizer_switch = 'index_merge_sort_union=default,semijoin=default,materialization=default'");
            }
        }
    }

    private static List<AudienceMember> readSample(Connection connection, SqlPredicate where, int sampleSize)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, SAMPLE + where.sql() + " LIMIT ?", where)) {
            statement.setInt(where.binds().size() + 1, sampleSize);
            try (ResultSet rows = statement.executeQuery()) {
                List<AudienceMember> members = new ArrayList<>();
                while (rows.next()) {
                    LocalDateTime lastOrderAt = rows.getObject("last_order_at", LocalDateTime.class);
                    members.add(new AudienceMember(rows.getLong("id"), rows.getString("external_id"),
                            rows.getString("name"), rows.getString("email"), rows.getString("city"),
                            rows.getBigDecimal("total_spend"), rows.getInt("visits"),
                            lastOrderAt == null ? null : lastOrderAt.toInstant(ZoneOffset.UTC)));
                }
                return members;
            }
        }
    }

    private static long count(Connection connection, SqlPredicate where) throws SQLException {
        try (PreparedStatement statement = prepare(connection, COUNT + where.sql(), where);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static PreparedStatement prepare(Connection connection, String sql, SqlPredicate where) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < where.binds().size(); i++) {
            statement.setObject(i + 1, where.binds().get(i));
        }
        return statement;
    }
}
