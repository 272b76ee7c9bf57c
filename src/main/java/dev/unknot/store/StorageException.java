package dev.unknot.store;

import dev.unknot.intake.UnknotException;

/** The database failed: a statement could not run, a transaction could not commit. */
public class StorageException extends UnknotException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean callersToFix() {
        return false;
    }
}
