package com.minicrm.adapter.out.persistence.customer;

import com.minicrm.adapter.out.persistence.ReadDataSource;
import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.application.port.out.CustomerFacets;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Cities and tags by how many customers have them, read from the city and tag indexes (of the replica when current). */
@ApplicationScoped
class JdbcCustomerFacets implements CustomerFacets {
    private static final String CITIES = "SELECT city FROM customer WHERE city IS NOT NULL AND city <> ''"
            + " GROUP BY city ORDER BY COUNT(*) DESC, city LIMIT ?";
    private static final String TAGS = "SELECT tag FROM customer_tag GROUP BY tag ORDER BY COUNT(*) DESC, tag LIMIT ?";

    private final ReadDataSource reads;

    JdbcCustomerFacets(ReadDataSource reads) {
        this.reads = reads;
    }

    @Override
    public List<String> cities(int limit) {
        return values(CITIES, limit);
    }

    @Override
    public List<String> tags(int limit) {
        return values(TAGS, limit);
    }

    private List<String> values(String sql, int limit) {
        try {
            return reads.read(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setInt(1, limit);
                    try (ResultSet rows = statement.executeQuery()) {
                        List<String> values = new ArrayList<>();
                        while (rows.next()) {
                            values.add(rows.getString(1));
                        }
                        return values;
                    }
                }
            });
        } catch (SQLException e) {
            throw new StorageException("could not read customer facets", e);
        }
    }
}
