package dev.unknot.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.TestApps;
import dev.unknot.breaks.BreakEvent;
import dev.unknot.breaks.BreakOutcome;
import dev.unknot.breaks.BreakSettings;
import dev.unknot.breaks.Place;
import dev.unknot.breaks.WorkingHours;
import dev.unknot.knowledge.BreakKnowledge;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How break settings and the break history are kept, on every supported database. */
abstract class BreakRepositoryContract extends DatabaseContract {
    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final BreakSettings DEFAULTS =
            BreakSettings.defaults(BreakKnowledge.load(TestApps.KNOWLEDGE));

    private long person(String name) {
        return database.inTransaction(tx -> tx.people().findOrCreate(name, NOW).id());
    }

    private java.util.Optional<BreakSettings> settings(long personId) {
        return database.inTransaction(tx -> tx.breakSettings().find(personId));
    }

    @Test
    void aPersonWithoutSettingsHasNone() {
        long me = person("me");
        assertThat(settings(me)).isEmpty();
    }

    @Test
    void settingsAreKeptAndReplacedWhole() {
        long me = person("me");
        BreakSettings mine =
                DEFAULTS.withEvery(45)
                        .withHours(
                                new WorkingHours(
                                        LocalTime.of(8, 30),
                                        LocalTime.of(16, 0),
                                        EnumSet.of(
                                                DayOfWeek.MONDAY,
                                                DayOfWeek.WEDNESDAY,
                                                DayOfWeek.SUNDAY)))
                        .withPlace(Place.HOME);
        database.inTransaction(
                tx -> {
                    tx.breakSettings().save(me, DEFAULTS, NOW);
                    tx.breakSettings().save(me, mine, NOW);
                    return null;
                });
        assertThat(settings(me)).contains(mine);
        assertThat(settings(person("other"))).isEmpty();
    }

    @Test
    void theHistoryIsKeptInOrderWithItsExercisesAndReadByTime() {
        long me = person("me");
        long other = person("other");
        BreakEvent taken =
                new BreakEvent(NOW, BreakOutcome.TAKEN, 90, List.of("pelvic-tilt-seated", "walk"));
        BreakEvent skipped =
                new BreakEvent(NOW.plusSeconds(1800), BreakOutcome.SKIPPED, 0, List.of());
        BreakEvent natural =
                new BreakEvent(NOW.minusSeconds(3600), BreakOutcome.NATURAL, 420, List.of());
        database.inTransaction(
                tx -> {
                    tx.breakLog().append(me, taken);
                    tx.breakLog().append(me, skipped);
                    tx.breakLog().append(me, natural);
                    tx.breakLog().append(other, taken);
                    return null;
                });
        List<BreakEvent> all = database.inTransaction(tx -> tx.breakLog().all(me));
        assertThat(all).containsExactly(natural, taken, skipped);
        List<BreakEvent> between =
                database.inTransaction(tx -> tx.breakLog().between(me, NOW, NOW.plusSeconds(1800)));
        assertThat(between).containsExactly(taken);
    }
}
