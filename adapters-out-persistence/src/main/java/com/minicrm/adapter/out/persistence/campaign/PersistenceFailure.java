package com.minicrm.adapter.out.persistence.campaign;

/** The database failed in a way the caller cannot fix; the request or message is retried or reported. */
class PersistenceFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PersistenceFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
