package dev.unknot.bench;

import dev.unknot.diary.DiaryEntry;
import dev.unknot.intake.Pain;
import dev.unknot.record.PersonRecord;
import dev.unknot.record.RecordStore;
import dev.unknot.store.Database;
import dev.unknot.store.DatabaseUrl;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Bulk import: {@code people} people with {@code entriesEach} diary entries each (default 10,000 x
 * 100 = 1,000,000), one import transaction per person as {@code unknot import} does it. Prints
 * entries per second. Usage: {@code BulkImportBenchmark h2|postgresql [people] [entriesEach]}.
 */
public final class BulkImportBenchmark {
    private BulkImportBenchmark() {}

    public static void main(String[] args) {
        String kind = args.length > 0 ? args[0] : "h2";
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int entriesEach = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        List<DiaryEntry> entries = new ArrayList<>();
        for (int day = 0; day < entriesEach; day++) {
            entries.add(
                    new DiaryEntry(
                            0,
                            LocalDate.parse("2026-11-22").minusDays(day),
                            now,
                            new Pain(day % 11),
                            Set.of(),
                            "imported",
                            Map.of(),
                            Optional.empty()));
        }
        PersonRecord record =
                new PersonRecord("bulk", now, List.of(), entries, List.of(), List.of(), List.of());
        DatabaseUrl url = BenchDatabases.fresh(kind);
        try (Database database = Database.open(url)) {
            RecordStore store = new RecordStore(database, Clock.systemUTC());
            long start = System.nanoTime();
            long imported = 0;
            for (int person = 0; person < people; person++) {
                imported += store.importInto("person-" + person, record);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "bulk import on %s: %,d entries across %,d people in %.1f s = %,.0f entries/s%n",
                    kind, imported, people, seconds, imported / seconds);
        } finally {
            BenchDatabases.drop(url);
        }
    }
}
