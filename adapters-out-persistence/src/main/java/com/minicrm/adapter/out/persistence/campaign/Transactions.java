package com.minicrm.adapter.out.persistence.campaign;

import com.minicrm.adapter.out.persistence.StorageException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.Callable;

/**
 * Runs one unit of work in its own transaction and repeats it when InnoDB picks it as a deadlock
 * victim. Receipt batches, send results and the reconciler touch overlapping rows from several
 * instances, so an occasional deadlock is expected and retrying the whole unit is always safe.
 */
final class Transactions {
    private static final int ATTEMPTS = 5;

    private Transactions() {}

    static <T> T inNew(String what, Callable<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isDeadlock(e)) {
                    throw hasSqlCause(e) ? new StorageException(what + " failed", e) : e;
                }
            }
        }
    }

    /** Domain exceptions pass through unchanged, so callers still see what the rules said. */
    private static boolean hasSqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException
                    || (t instanceof SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205))) {
                return true;
            }
        }
        return false;
    }
}
