package dev.unknot.store;

/** The database failed: a statement could not run, a transaction could not commit. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
