package dev.unknot.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.app.App;
import dev.unknot.app.TestApps;
import dev.unknot.app.TestClock;
import dev.unknot.config.Config;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.store.DatabaseUrl;
import dev.unknot.workstation.Comparison;
import dev.unknot.workstation.Item;
import dev.unknot.workstation.StoredCheck;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Workstation checks kept over time: stored, listed, compared and linked to the habits. */
class WorkstationChecksTest {
    private static final Instant MARCH = Instant.parse("2026-03-12T09:00:00Z");
    private static final AtomicInteger NAMES = new AtomicInteger();
    private final TestClock clock = new TestClock(MARCH);
    private final App app =
            TestApps.app(
                    new Config(
                            Path.of("target", "no-home"),
                            new DatabaseUrl(
                                    "jdbc:h2:mem:desk"
                                            + NAMES.incrementAndGet()
                                            + ";DB_CLOSE_DELAY=-1"),
                            Config.DEFAULT_PROFILE),
                    clock,
                    duration -> {});
    private final WorkstationChecks checks = app.workstation(Optional.empty());

    @AfterEach
    void close() {
        app.close();
    }

    private Map<String, String> answers(String... pairs) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (Item item : checks.checklist().items()) {
            typed.put(item.id(), item.choices().get(0).key());
        }
        for (int i = 0; i < pairs.length; i += 2) {
            typed.put(pairs[i], pairs[i + 1]);
        }
        return typed;
    }

    @Test
    void theFirstCheckIsStoredWithItsScoreAndNothingToCompare() {
        WorkstationChecks.Taken taken =
                checks.take(
                        "ann",
                        answers("screen-height", "no", "chair-back-support", "no"),
                        "answers");

        assertThat(taken.result().score()).isEqualTo(76);
        assertThat(taken.comparison()).isEmpty();
        assertThat(checks.history("ann"))
                .extracting(StoredCheck::takenAt, StoredCheck::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MARCH, 76));
    }

    @Test
    void theNextCheckIsComparedWithTheOneBefore() {
        checks.take("ann", answers("screen-height", "no"), "answers");
        clock.set(Instant.parse("2026-04-02T09:00:00Z"));

        WorkstationChecks.Taken taken = checks.take("ann", answers("glare", "no"), "answers");

        Comparison comparison = taken.comparison().orElseThrow();
        assertThat(comparison.previousAt()).isEqualTo(MARCH);
        assertThat(comparison.previousScore()).isEqualTo(88);
        assertThat(comparison.score()).isEqualTo(96);
        assertThat(comparison.lines(Comparison.Movement.FIXED))
                .extracting(line -> line.item().id())
                .containsExactly("screen-height");
        assertThat(checks.latest("ann").orElseThrow().comparison()).isEqualTo(taken.comparison());
        assertThat(checks.history("ann")).hasSize(2);
        assertThat(checks.history("bob")).isEmpty();
    }

    @Test
    void theLatestCheckPointsTheHabitsAtWhatFellShort() {
        assertThat(checks.habitLinks("ann").isEmpty()).isTrue();
        checks.take("ann", answers("feet-flat", "no", "screen-breaks", "not-sure"), "answers");

        assertThat(checks.habitLinks("ann").changesFor("workstation"))
                .extracting(change -> change.item().id())
                .containsExactly("feet-flat");
        assertThat(checks.habitLinks("ann").changesFor("sitting-breaks"))
                .extracting(change -> change.item().id())
                .containsExactly("screen-breaks");
    }

    @Test
    void badAnswersStoreNothing() {
        assertThatThrownBy(() -> checks.take("ann", answers("glare", "sometimes"), "answers"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("answers.glare: 'sometimes' is not one of yes, no, not-sure");
        assertThat(checks.history("ann")).isEmpty();
    }
}
