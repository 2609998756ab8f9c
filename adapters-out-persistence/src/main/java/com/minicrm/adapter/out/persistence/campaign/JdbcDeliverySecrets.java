package com.minicrm.adapter.out.persistence.campaign;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.application.port.out.campaign.DeliverySecrets;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/** Generated secrets in {@code app_secret}; the first instance to store one wins, the others read it. */
@ApplicationScoped
class JdbcDeliverySecrets implements DeliverySecrets {
    private final DataSource dataSource;

    JdbcDeliverySecrets(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String establish(String name, String candidate, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement("INSERT IGNORE INTO app_secret (name, value, created_at) VALUES (?, ?, ?)")) {
                st.setString(1, name);
                st.setString(2, candidate);
                Sql.setInstant(st, 3, now);
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("SELECT value FROM app_secret WHERE name = ?")) {
                st.setString(1, name);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new StorageException("could not read or store the secret " + name, e);
        }
    }
}
