package com.minicrm.adapter.out.persistence.campaign;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.application.port.out.campaign.ReceiptSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/** The generated receipt secret in {@code app_secret}; the first instance to store one wins, the others read it. */
@ApplicationScoped
class JdbcReceiptSecrets implements ReceiptSecrets {
    private static final String NAME = "receipt-secret";
    private final DataSource dataSource;

    JdbcReceiptSecrets(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String establish(String candidate, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement("INSERT IGNORE INTO app_secret (name, value, created_at) VALUES (?, ?, ?)")) {
                st.setString(1, NAME);
                st.setString(2, candidate);
                Sql.setInstant(st, 3, now);
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("SELECT value FROM app_secret WHERE name = ?")) {
                st.setString(1, NAME);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new StorageException("could not read or store the receipt secret", e);
        }
    }
}
