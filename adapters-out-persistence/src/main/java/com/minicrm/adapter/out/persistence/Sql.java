package com.minicrm.adapter.out.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

/** Small JDBC conventions shared by the stores: times are stored as UTC wall-clock values. */
public final class Sql {
    private Sql() {}

    /** {@code count} copies of {@code row}, comma-separated, for a multi-row VALUES or IN list. */
    public static String repeat(String row, int count) {
        return String.join(",", Collections.nCopies(count, row));
    }

    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, utc(instant));
    }

    public static Instant getInstant(ResultSet rows, String column) throws SQLException {
        LocalDateTime value = rows.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    public static Long nullableLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    /** The ids a one-column query returns, with the parameters bound in order (instants as UTC). */
    public static List<Long> ids(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindAll(statement, 1, java.util.Arrays.asList(parameters));
            List<Long> ids = new java.util.ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    /** Binds the values from parameter {@code first} on; returns the next free parameter index. */
    public static int bindAll(PreparedStatement statement, int first, List<?> values) throws SQLException {
        int i = first;
        for (Object value : values) {
            statement.setObject(i++, value instanceof Instant at ? utc(at) : value);
        }
        return i;
    }
}
