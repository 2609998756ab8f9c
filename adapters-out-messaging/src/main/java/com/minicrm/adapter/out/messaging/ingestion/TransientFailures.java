package com.minicrm.adapter.out.messaging.ingestion;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Tells a failure that waiting can cure (the database is down, a deadlock, a lock wait) from one
 * that will recur on every attempt (bad data). Only the second kind may dead-letter a message.
 */
final class TransientFailures {
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int DEADLOCK = 1213;

    private TransientFailures() {}

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException || t instanceof IOException) {
                return true;
            }
            if (t instanceof SQLException sql && isTransientSqlState(sql)) {
                return true;
            }
            // The transaction manager reports a commit that the database never answered this way.
            if (t.getClass().getName().startsWith("jakarta.transaction.")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientSqlState(SQLException sql) {
        String state = sql.getSQLState();
        // No state at all comes from the pool (an acquisition timeout), not from the server's verdict on data.
        return state == null || state.startsWith("08") || state.startsWith("40") || state.startsWith("HY")
                || sql.getErrorCode() == LOCK_WAIT_TIMEOUT || sql.getErrorCode() == DEADLOCK;
    }
}
