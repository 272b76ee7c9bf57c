package dev.unknot.bench;

import dev.unknot.assessment.Assessor;
import dev.unknot.diary.Activity;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.FollowUp;
import dev.unknot.diary.NewEntry;
import dev.unknot.followup.FollowUpService;
import dev.unknot.intake.Pain;
import dev.unknot.knowledge.FollowUpRules;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.store.Database;
import dev.unknot.store.DatabaseUrl;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Storage speed on H2 and PostgreSQL: appending one diary entry in its own committed transaction
 * (sample mode, so JMH reports p50/p99), and the 14-day/7-day verdict for a person with ten years
 * of daily entries (3,650).
 */
@State(Scope.Benchmark)
@Fork(1)
@Threads(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class DiaryStoreBenchmark {
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Param({"h2", "postgresql"})
    public String database;

    private DatabaseUrl url;
    private Database store;
    private FollowUpService followUp;
    private long appenderId;
    private final NewEntry entry =
            new NewEntry(
                    LocalDate.parse("2026-11-22"),
                    new Pain(4),
                    Set.of(Activity.STRETCH),
                    "benchmark",
                    Map.of());

    @Setup(Level.Trial)
    public void open() {
        url = BenchDatabases.fresh(database);
        store = Database.open(url);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        KnowledgeBase knowledge = KnowledgeBase.load();
        followUp =
                new FollowUpService(
                        store, new Assessor(knowledge), FollowUpRules.load(knowledge), clock);
        appenderId = store.inTransaction(tx -> tx.people().findOrCreate("appender", NOW).id());
        long tenYears = store.inTransaction(tx -> tx.people().findOrCreate("ten-years", NOW).id());
        List<DiaryEntry> days = new ArrayList<>();
        for (int day = 0; day < 3650; day++) {
            days.add(
                    new DiaryEntry(
                            0,
                            LocalDate.parse("2026-11-22").minusDays(day),
                            NOW,
                            new Pain((day * 7) % 11),
                            Set.of(),
                            "",
                            Map.of(),
                            Optional.empty()));
        }
        store.inTransaction(
                tx -> {
                    tx.diary().appendAll(tenYears, days);
                    return null;
                });
    }

    @TearDown(Level.Trial)
    public void close() {
        store.close();
        BenchDatabases.drop(url);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public DiaryEntry appendOneEntry() {
        return store.inTransaction(
                tx -> tx.diary().append(appenderId, entry, NOW, Optional.empty()));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public FollowUp.Verdict verdictForTenYearsOfDailyEntries() {
        return followUp.verdict("ten-years");
    }
}
