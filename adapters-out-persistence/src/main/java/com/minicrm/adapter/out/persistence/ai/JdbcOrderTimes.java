package com.minicrm.adapter.out.persistence.ai;

import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.adapter.out.persistence.segment.CompiledRules;
import com.minicrm.application.port.out.ai.OrderTimes;
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

/** Counts the audience's orders per weekday and hour in SQL, shifted from UTC to the marketer's offset. */
@ApplicationScoped
class JdbcOrderTimes implements OrderTimes {
    private final DataSource dataSource;

    JdbcOrderTimes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long[][] histogram(Rule rule, Instant asOf, Instant since, ZoneOffset offset) {
        List<Object> binds = new ArrayList<>();
        binds.add(offset.getTotalSeconds());
        binds.add(offset.getTotalSeconds());
        binds.add(LocalDateTime.ofInstant(since, ZoneOffset.UTC));
        String where = rule == null ? "TRUE" : CompiledRules.where(rule, asOf, binds);
        String sql = "SELECT WEEKDAY(o.ordered_at + INTERVAL ? SECOND) AS d, HOUR(o.ordered_at + INTERVAL ? SECOND) AS h,"
                + " COUNT(*) FROM customer_order o JOIN customer c ON c.id = o.customer_id"
                + " WHERE o.ordered_at >= ? AND " + where + " GROUP BY d, h";
        long[][] histogram = new long[7][24];
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < binds.size(); i++) {
                st.setObject(i + 1, binds.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    histogram[rs.getInt(1)][rs.getInt(2)] = rs.getLong(3);
                }
            }
            return histogram;
        } catch (SQLException e) {
            throw new StorageException("could not count order times", e);
        }
    }
}
