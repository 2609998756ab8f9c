package com.minicrm.adapter.out.persistence;

/** A database statement failed; the cause tells whether retrying can help. */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
