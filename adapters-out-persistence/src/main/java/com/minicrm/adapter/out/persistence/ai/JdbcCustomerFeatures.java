package com.minicrm.adapter.out.persistence.ai;

import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.adapter.out.persistence.segment.CompiledRules;
import com.minicrm.application.port.out.ai.CustomerFeatures;
import com.minicrm.domain.segment.InactiveDays;
import com.minicrm.domain.segment.Rule;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads customers' feature vectors. A large audience is thinned with RAND() after counting it, so
 * the sample is spread over the audience instead of being its first rows in index order.
 */
@ApplicationScoped
class JdbcCustomerFeatures implements CustomerFeatures {
    private final DataSource dataSource;

    JdbcCustomerFeatures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<Features> sample(Rule rule, Instant asOf, int limit) {
        List<Object> binds = new ArrayList<>();
        String where = CompiledRules.where(rule, asOf, binds);
        try (Connection c = dataSource.getConnection()) {
            long count = count(c, where, binds);
            double share = count <= limit ? 1.0 : Math.min(1.0, 1.5 * limit / count);
            List<Features> rows = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT c.id, c.external_id, c.name, c.city, c.total_spend, c.visits,"
                    + " c.avg_order_value, c.last_active_at FROM customer c WHERE " + where + " AND RAND() < ? LIMIT ?")) {
                int i = bind(st, binds);
                st.setDouble(i++, share);
                st.setInt(i, limit);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        LocalDateTime active = rs.getObject(8, LocalDateTime.class);
                        long days = active == null ? 0 : Math.max(0, InactiveDays.between(active.toInstant(ZoneOffset.UTC), asOf));
                        rows.add(new Features(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getBigDecimal(5), rs.getInt(6), rs.getBigDecimal(7), days));
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StorageException("could not read customer features", e);
        }
    }

    private static long count(Connection c, String where, List<Object> binds) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM customer c WHERE " + where)) {
            bind(st, binds);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int bind(PreparedStatement st, List<Object> binds) throws SQLException {
        for (int i = 0; i < binds.size(); i++) {
            st.setObject(i + 1, binds.get(i));
        }
        return binds.size() + 1;
    }
}
