package dev.unknot.store;

/** The database cannot be reached or opened; the message names it (without any password). */
public final class StorageUnavailableException extends StorageException {
    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
