package com.minicrm.adapter.out.persistence.ai;

import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.application.port.out.ai.CustomerVocabulary;
import com.minicrm.application.port.out.ai.Vocabulary;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.sql.DataSource;

/** The distinct cities and tags in the customer tables; both are read from an index, so this stays cheap. */
@ApplicationScoped
class JdbcCustomerVocabulary implements CustomerVocabulary {
    private static final int LIMIT = 2000;
    private final DataSource dataSource;

    JdbcCustomerVocabulary(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Vocabulary current() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            return new Vocabulary(
                    strings(st, "SELECT DISTINCT city FROM customer WHERE city IS NOT NULL LIMIT " + LIMIT),
                    strings(st, "SELECT DISTINCT tag FROM customer_tag LIMIT " + LIMIT));
        } catch (SQLException e) {
            throw new StorageException("could not read the known cities and tags", e);
        }
    }

    private static Set<String> strings(Statement st, String sql) throws SQLException {
        Set<String> values = new LinkedHashSet<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
