package dev.unknot.store;

import dev.unknot.diary.NewEntry;
import dev.unknot.intake.Pain;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Run in a child JVM by {@link DurabilityTest}: appends diary entries to an H2 file database as
 * fast as it can and prints {@code ack N} after each commit, the moment a person would be told it
 * is saved.
 */
public final class CrashWriter {
    private CrashWriter() {}

    public static void main(String[] args) {
        Clock clock = Clock.systemUTC();
        try (Database database = Database.open(DatabaseUrl.embedded(Path.of(args[0])))) {
            long personId =
                    database.inTransaction(
                            tx -> tx.people().findOrCreate("crash", clock.instant()).id());
            for (int n = 0; ; n++) {
                String note = "entry " + n;
                database.inTransaction(
                        tx ->
                                tx.diary()
                                        .append(
                                                personId,
                                                new NewEntry(
                                                        LocalDate.of(2026, 1, 1),
                                                        new Pain(5),
                                                        Set.of(),
                                                        note,
                                                        Map.of()),
                                                clock.instant(),
                                                Optional.empty()));
                System.out.println("ack " + n);
                System.out.flush();
            }
        }
    }
}
