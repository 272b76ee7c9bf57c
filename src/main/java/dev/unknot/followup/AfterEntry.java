package dev.unknot.followup;

import dev.unknot.diary.DiaryEntry;
import dev.unknot.store.Handle;
import java.time.Instant;

/**
 * Work that runs after every new diary entry, in the entry's own transaction, whichever front end
 * logged it: the review of the sessions before it (their progression suggestions).
 */
@FunctionalInterface
public interface AfterEntry {
    /** Nothing to do. */
    AfterEntry NONE = (tx, personId, entry, now) -> {};

    void entryStored(Handle tx, long personId, DiaryEntry entry, Instant now);
}
