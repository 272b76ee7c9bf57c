package dev.unknot.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.App;
import dev.unknot.app.TestApps;
import dev.unknot.config.Config;
import dev.unknot.diary.Activity;
import dev.unknot.diary.NewEntry;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Pain;
import dev.unknot.intake.Question;
import dev.unknot.intake.TestIntakes;
import dev.unknot.plan.CarePlan;
import dev.unknot.plan.Phase;
import dev.unknot.session.Sleeper;
import dev.unknot.store.DatabaseUrl;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The answers guided sessions follow are the saved ones brought up to today: the knot ages by the
 * days since they were saved, and the latest diary pain replaces the pain they were saved with
 * (triage-policy.md: the plan is built again from the latest pain).
 */
class SavedAssessmentsTest {
    private static final Instant SAVED = Instant.parse("2026-11-20T09:00:00Z");
    private static final AtomicInteger NAMES = new AtomicInteger();
    private final DatabaseUrl url =
            new DatabaseUrl("jdbc:h2:mem:saved" + NAMES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");

    /** The program on this test's database with the clock at {@code now}, as Main builds it. */
    private App at(Instant now) {
        Sleeper instant = duration -> {};
        return TestApps.app(
                new Config(Path.of("target", "no-home"), url, Config.DEFAULT_PROFILE),
                Clock.fixed(now, ZoneOffset.UTC),
                instant);
    }

    private static CarePlan plan(App app, Intake intake) {
        return app.assessor().assess(intake).plan().orElseThrow();
    }

    @Test
    void aKnotSavedOnItsFirstDayIsPastTheColdFirstDaysTwoDaysLater() {
        try (App then = at(SAVED)) {
            then.assessments(Optional.empty())
                    .save("me", TestIntakes.allNo().put(Question.ONSET_DAYS, 1).build());
        }
        try (App later = at(SAVED.plus(Duration.ofDays(2)))) {
            Intake current = later.assessments(Optional.empty()).current("me").orElseThrow();

            assertThat(current.onsetDays().value()).contains(3);
            assertThat(plan(later, current).phase()).isEqualTo(Phase.AFTER_ACUTE);
            assertThat(plan(later, current).hasMassage()).isTrue();
        }
    }

    @Test
    void massageLeftOutAtPainEightComesBackGentlyOnceTheDiaryShowsLessPain() {
        try (App then = at(SAVED)) {
            then.assessments(Optional.empty())
                    .save("me", TestIntakes.allNo().put(Question.PAIN_NOW, 8).build());
            assertThat(
                            plan(
                                            then,
                                            then.assessments(Optional.empty())
                                                    .current("me")
                                                    .orElseThrow())
                                    .hasMassage())
                    .isFalse();
        }
        try (App later = at(SAVED.plus(Duration.ofDays(1)))) {
            later.followUp(Optional.empty())
                    .log(
                            "me",
                            new NewEntry(
                                    LocalDate.of(2026, 11, 21),
                                    Pain.of("pain", 7),
                                    EnumSet.noneOf(Activity.class),
                                    "",
                                    Map.of()));

            Intake current = later.assessments(Optional.empty()).current("me").orElseThrow();
            CarePlan plan = plan(later, current);

            assertThat(current.painNow().value()).contains(7);
            assertThat(plan.hasMassage()).isTrue();
            assertThat(plan.limits()).extracting(limit -> limit.id()).contains("gentle-dose");
        }
    }

    @Test
    void aDiaryEntryFromBeforeTheAnswersWereSavedDoesNotReplaceThem() {
        try (App before = at(SAVED.minus(Duration.ofDays(1)))) {
            before.followUp(Optional.empty())
                    .log(
                            "me",
                            new NewEntry(
                                    LocalDate.of(2026, 11, 19),
                                    Pain.of("pain", 2),
                                    EnumSet.noneOf(Activity.class),
                                    "",
                                    Map.of()));
        }
        try (App then = at(SAVED)) {
            then.assessments(Optional.empty())
                    .save("me", TestIntakes.allNo().put(Question.PAIN_NOW, 6).build());

            assertThat(
                            then.assessments(Optional.empty())
                                    .current("me")
                                    .orElseThrow()
                                    .painNow()
                                    .value())
                    .contains(6);
        }
    }
}
