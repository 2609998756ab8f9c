package com.minicrm.adapter.out.persistence.campaign;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.application.port.out.campaign.ReceiptReplays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** Seen receipt signatures in {@code receipt_signature} (or another such table), whose primary key decides the first sighting. */
@ApplicationScoped
public class JdbcReceiptReplays implements ReceiptReplays {
    private final DataSource dataSource;
    private final String table;

    @Inject
    JdbcReceiptReplays(DataSource dataSource) {
        this(dataSource, "receipt_signature");
    }

    /** The same record in another table of the same shape, for another signed callback. */
    protected JdbcReceiptReplays(DataSource dataSource, String table) {
        this.dataSource = dataSource;
        this.table = table;
    }

    @Override
    public boolean firstSighting(String signature, Instant seenAt) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("INSERT IGNORE INTO " + table + " (signature, seen_at) VALUES (?, ?)")) {
            Sql.bindAll(st, 1, List.of(signature, seenAt));
            return st.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StorageException("could not record a receipt signature", e);
        }
    }

    @Override
    public void forget(String signature) {
        update("DELETE FROM " + table + " WHERE signature = ?", signature);
    }

    @Override
    public void forgetSeenBefore(Instant cutoff) {
        update("DELETE FROM " + table + " WHERE seen_at < ?", cutoff);
    }

    private void update(String sql, Object value) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            Sql.bindAll(st, 1, List.of(value));
            st.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("could not forget receipt signatures", e);
        }
    }
}
