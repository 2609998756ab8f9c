package com.minicrm.adapter.out.persistence.campaign;

/**
 * A derived table of bound rows, {@code SELECT ? id, ... UNION ALL SELECT ?, ...}, to join an
 * UPDATE against per-row values in one statement. The first column is cast to a number and a
 * column named {@code at} to DATETIME(6), so the join uses the primary key.
 */
final class DerivedRows {
    private DerivedRows() {}

    static String of(int rows, String... columns) {
        StringBuilder first = new StringBuilder("SELECT ");
        StringBuilder next = new StringBuilder(" UNION ALL SELECT ");
        for (int i = 0; i < columns.length; i++) {
            String mark = i == 0 ? "CAST(? AS SIGNED)" : "at".equals(columns[i]) ? "CAST(? AS DATETIME(6))" : "?";
            first.append(i == 0 ? "" : ", ").append(mark).append(' ').append(columns[i]);
            next.append(i == 0 ? "" : ", ").append(mark);
        }
        StringBuilder sql = new StringBuilder(first.length() + rows * next.length()).append(first);
        for (int r = 1; r < rows; r++) {
            sql.append(next);
        }
        return sql.toString();
    }
}
