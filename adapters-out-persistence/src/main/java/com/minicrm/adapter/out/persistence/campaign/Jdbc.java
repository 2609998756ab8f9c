package com.minicrm.adapter.out.persistence.campaign;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

/** Small JDBC conversions; instants are stored as UTC DATETIME(6) whatever the JVM's time zone. */
final class Jdbc {
    private Jdbc() {}

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** {@code ?, ?, ?} for an IN list of {@code n} values. */
    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** Binds the values from parameter {@code first} on; returns the next free parameter index. */
    static int bindAll(PreparedStatement st, int first, List<?> values) throws SQLException {
        int i = first;
        for (Object value : values) {
            st.setObject(i++, value instanceof Instant at ? utc(at) : value);
        }
        return i;
    }
}
