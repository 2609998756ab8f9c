package com.minicrm.adapter.out.persistence.marketer;

import com.minicrm.adapter.out.persistence.Sql;
import com.minicrm.adapter.out.persistence.StorageException;
import com.minicrm.application.port.out.marketer.MarketerSessions;
import com.minicrm.domain.marketer.MarketerSession;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;

/** Sign-in sessions in {@code marketer_session}, one row per session, each statement its own unit of work. */
@ApplicationScoped
class JdbcMarketerSessions implements MarketerSessions {
    private final DataSource dataSource;

    JdbcMarketerSessions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<MarketerSession> byId(String id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT id, email, started_at, last_seen_at, ended_at FROM marketer_session WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next()
                        ? Optional.of(new MarketerSession(rs.getString("id"), rs.getString("email"), Sql.getInstant(rs, "started_at"),
                                Sql.getInstant(rs, "last_seen_at"), Sql.getInstant(rs, "ended_at")))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("could not read a sign-in session", e);
        }
    }

    @Override
    public void start(String id, String email, Instant now) {
        update("INSERT IGNORE INTO marketer_session (id, email, started_at, last_seen_at) VALUES (?, ?, ?, ?)",
                id, email, now, now);
    }

    @Override
    public void seen(String id, Instant now) {
        update("UPDATE marketer_session SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL", now, id);
    }

    @Override
    public void end(String id, Instant now) {
        update("UPDATE marketer_session SET ended_at = COALESCE(ended_at, ?) WHERE id = ?", now, id);
    }

    @Override
    public void forgetSeenBefore(Instant cutoff) {
        update("DELETE FROM marketer_session WHERE last_seen_at < ?", cutoff);
    }

    private void update(String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            Sql.bindAll(st, 1, Arrays.asList(values));
            st.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("could not record a sign-in session", e);
        }
    }
}
