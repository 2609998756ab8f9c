package com.minicrm.adapter.out.persistence.ai;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.adapter.out.persistence.segment.CompiledRules;
import com.minicrm.application.port.out.ai.CustomerFeatures;
import com.minicrm.application.port.out.ai.FeatureSpace;
import com.minicrm.application.port.out.ai.FeatureVector;
import com.minicrm.application.port.out.ai.LookalikeSeed;
import com.minicrm.domain.segment.Combinator;
import com.minicrm.domain.segment.Group;
import com.minicrm.domain.segment.Rule;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Lookalike features in SQL: statistics are aggregates, the nearest customers are one
 * ORDER BY distance LIMIT k over the customers outside the seed, and every candidate rule's
 * overlap is counted in a single scan grouped by "within the radius". The distance is
 * {@link FeatureSpace#distance} written in SQL; days are whole days as {@code InactiveDays} counts them.
 */
@ApplicationScoped
class JdbcCustomerFeatures implements CustomerFeatures {
    private static final String LOG_SPEND = "LN(1 + c.total_spend)";
    private static final String VISITS = "c.visits";
    private static final String LOG_AOV = "LN(1 + c.avg_order_value)";
    private static final String DAYS = "GREATEST(0, TIMESTAMPDIFF(MICROSECOND, c.last_active_at, ?) DIV 86400000000)";
    private static final int SEED_CITIES = 5;
    /** A campaign's converters: its recipients with an attributed order, read from ix_attribution_campaign. */
    private static final String CONVERTERS = "SELECT a.customer_id FROM order_attribution a WHERE a.campaign_id = ?";
    private final DataSource dataSource;

    JdbcCustomerFeatures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public SeedStatistics seed(LookalikeSeed seed, Instant asOf) {
        StringBuilder stats = new StringBuilder("SELECT COUNT(*)");
        for (String feature : List.of(LOG_SPEND, VISITS, LOG_AOV, DAYS)) {
            // + 0e0 makes whole numbers DOUBLE: over integers AVG is a DECIMAL cut to four places
            stats.append(", AVG(").append(feature).append(" + 0e0), STDDEV_POP(").append(feature).append(" + 0e0)");
        }
        stats.append(" FROM customer c");
        List<Object> seedBinds = new ArrayList<>();
        String where = inside(seed, asOf, seedBinds);
        try (Connection c = dataSource.getConnection()) {
            double[] all = aggregates(c, stats.toString(), List.of(Sql.utc(asOf), Sql.utc(asOf)));
            List<Object> binds = new ArrayList<>(List.of(Sql.utc(asOf), Sql.utc(asOf)));
            binds.addAll(seedBinds);
            double[] in = aggregates(c, stats + " WHERE " + where, binds);
            return new SeedStatistics((long) all[0], new FeatureVector(all[1], all[3], all[5], all[7]),
                    new FeatureVector(all[2], all[4], all[6], all[8]), (long) in[0], new FeatureVector(in[1], in[3], in[5], in[7]),
                    cities(c, where, seedBinds));
        } catch (SQLException e) {
            throw new StorageException("could not read the seed's feature statistics", e);
        }
    }

    @Override
    public List<Neighbour> nearest(LookalikeSeed seed, FeatureSpace space, int k, Instant asOf) {
        List<Object> binds = new ArrayList<>(List.of(Sql.utc(asOf)));
        String distance = distance(space, asOf, binds);
        String where = outside(seed, asOf, binds);
        binds.add(k);
        // ranking reads only the feature columns, which ix_customer_segment covers, and sorts narrow rows;
        // names are read for the k ranked customers only
        String sql = "SELECT c.id, c.external_id, c.name, c.city, c.total_spend, c.visits, c.avg_order_value, " + DAYS + " AS days,"
                + " r.distance FROM (SELECT c.id, " + distance + " AS distance FROM customer c WHERE " + where
                + " ORDER BY distance, c.id LIMIT ?) r JOIN customer c ON c.id = r.id ORDER BY r.distance, c.id";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = prepare(c, sql, binds); ResultSet rs = st.executeQuery()) {
            List<Neighbour> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new Neighbour(new Features(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getInt(6), rs.getBigDecimal(7), rs.getLong(8)), rs.getDouble(9)));
            }
            return rows;
        } catch (SQLException e) {
            throw new StorageException("could not rank customers by distance to the seed", e);
        }
    }

    @Override
    public List<Overlap> overlaps(LookalikeSeed seed, FeatureSpace space, double radius, List<Rule> candidates, Instant asOf) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Optional<ConditionPatterns> patterns = ConditionPatterns.of(candidates);
        if (patterns.isPresent()) {
            return byPattern(seed, space, radius, patterns.get(), candidates.size(), asOf);
        }
        List<Object> binds = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(distance(space, asOf, binds)).append(" <= ? AS within_radius");
        binds.add(radius);
        for (Rule candidate : candidates) {
            sql.append(", SUM(CASE WHEN ").append(CompiledRules.where(candidate, asOf, binds)).append(" THEN 1 ELSE 0 END)");
        }
        sql.append(" FROM customer c WHERE ").append(outside(seed, asOf, binds)).append(" GROUP BY within_radius");
        long[] selected = new long[candidates.size()];
        long[] within = new long[candidates.size()];
        try (Connection c = dataSource.getConnection(); PreparedStatement st = prepare(c, sql.toString(), binds);
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                boolean inside = rs.getBoolean(1);
                for (int i = 0; i < candidates.size(); i++) {
                    long n = rs.getLong(i + 2);
                    selected[i] += n;
                    within[i] += inside ? n : 0;
                }
            }
        } catch (SQLException e) {
            throw new StorageException("could not measure how candidate rules overlap the lookalikes", e);
        }
        List<Overlap> overlaps = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            overlaps.add(new Overlap(selected[i], within[i]));
        }
        return overlaps;
    }

    private List<Overlap> byPattern(LookalikeSeed seed, FeatureSpace space, double radius, ConditionPatterns patterns, int candidates,
            Instant asOf) {
        List<Object> binds = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT COUNT(*), ").append(distance(space, asOf, binds)).append(" <= ? AS within_radius");
        binds.add(radius);
        sql.append(patterns.columns(asOf, binds)).append(" FROM customer c WHERE ").append(outside(seed, asOf, binds))
                .append(" GROUP BY within_radius").append(patterns.groupBy());
        long[] selected = new long[candidates];
        long[] within = new long[candidates];
        try (Connection c = dataSource.getConnection(); PreparedStatement st = prepare(c, sql.toString(), binds);
                ResultSet rs = st.executeQuery()) {
            boolean[] bits = new boolean[patterns.size()];
            while (rs.next()) {
                long count = rs.getLong(1);
                for (int i = 0; i < bits.length; i++) {
                    bits[i] = rs.getInt(i + 3) == 1;
                }
                patterns.add(bits, count, selected);
                if (rs.getBoolean(2)) {
                    patterns.add(bits, count, within);
                }
            }
        } catch (SQLException e) {
            throw new StorageException("could not measure how candidate rules overlap the lookalikes", e);
        }
        List<Overlap> overlaps = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            overlaps.add(new Overlap(selected[i], within[i]));
        }
        return overlaps;
    }

    /** The seed as a condition over {@code customer c}, its values appended to {@code binds}. */
    private static String inside(LookalikeSeed seed, Instant asOf, List<Object> binds) {
        if (seed instanceof LookalikeSeed.Matching m) {
            return CompiledRules.where(m.rule(), asOf, binds);
        }
        binds.add(((LookalikeSeed.ConvertersOf) seed).campaignId());
        return "c.id IN (" + CONVERTERS + ")";
    }

    /** Everyone but the seed; a customer the seed's rule cannot decide (a NULL) is outside it, as NOT(rule) says. */
    private static String outside(LookalikeSeed seed, Instant asOf, List<Object> binds) {
        if (seed instanceof LookalikeSeed.Matching m) {
            return CompiledRules.where(new Group(Combinator.AND, true, List.of(m.rule())), asOf, binds);
        }
        binds.add(((LookalikeSeed.ConvertersOf) seed).campaignId());
        return "c.id NOT IN (" + CONVERTERS + ")";
    }

    /** {@link FeatureSpace#distance} over {@code customer c}, its operands appended to {@code binds}. */
    private static String distance(FeatureSpace space, Instant asOf, List<Object> binds) {
        FeatureVector m = space.centre();
        FeatureVector s = space.scale();
        StringBuilder sql = new StringBuilder("SQRT(");
        term(sql, LOG_SPEND, m.logSpend(), s.logSpend(), binds);
        term(sql.append(" + "), VISITS, m.visits(), s.visits(), binds);
        term(sql.append(" + "), LOG_AOV, m.logOrderValue(), s.logOrderValue(), binds);
        binds.add(Sql.utc(asOf));
        term(sql.append(" + "), DAYS, m.inactiveDays(), s.inactiveDays(), binds);
        if (!space.cities().isEmpty()) {
            // a missing city is outside the seed's cities too, as FeatureSpace counts it
            sql.append(" + CASE WHEN c.city IN (").append(Sql.repeat("?", space.cities().size())).append(") THEN 0 ELSE ? END");
            binds.addAll(space.cities());
            binds.add(space.cityPenalty() * space.cityPenalty());
        }
        return sql.append(")").toString();
    }

    private static void term(StringBuilder sql, String feature, double centre, double scale, List<Object> binds) {
        sql.append("POW((").append(feature).append(" - ?) / ?, 2)");
        binds.add(centre);
        binds.add(scale);
    }

    private static double[] aggregates(Connection c, String sql, List<Object> binds) throws SQLException {
        try (PreparedStatement st = prepare(c, sql, binds); ResultSet rs = st.executeQuery()) {
            rs.next();
            double[] values = new double[9];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getDouble(i + 1);
            }
            return values;
        }
    }

    private static Map<String, Long> cities(Connection c, String where, List<Object> binds) throws SQLException {
        String sql = "SELECT c.city, COUNT(*) AS n FROM customer c WHERE " + where
                + " AND c.city IS NOT NULL AND c.city <> '' GROUP BY c.city ORDER BY n DESC, c.city LIMIT " + SEED_CITIES;
        try (PreparedStatement st = prepare(c, sql, binds); ResultSet rs = st.executeQuery()) {
            Map<String, Long> cities = new LinkedHashMap<>();
            while (rs.next()) {
                cities.put(rs.getString(1), rs.getLong(2));
            }
            return cities;
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> binds) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < binds.size(); i++) {
            st.setObject(i + 1, binds.get(i));
        }
        return st;
    }
}
