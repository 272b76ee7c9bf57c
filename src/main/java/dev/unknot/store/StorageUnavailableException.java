package dev.unknot.store;

/**
 * The database cannot be reached or opened; the message names it (without any password). Whoever
 * started unknot chose the database, so they can put it right.
 */
public final class StorageUnavailableException extends StorageException {
    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean callersToFix() {
        return true;
    }
}
