package dev.unknot.breaks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.exercise.Author;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.exercise.ItemSide;
import dev.unknot.exercise.PlanItem;
import dev.unknot.knowledge.BreakExercise;
import dev.unknot.knowledge.Prescription;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BreakExercisesTest {
    private final BreakExercises exercises = new BreakExercises(BreakScheduleTest.KNOWLEDGE);

    private static List<String> ids(BreakOffer.Exercises offer) {
        return offer.exercises().stream().map(BreakExercise::id).toList();
    }

    private static ExercisePlan planWith(String exerciseId) {
        return new ExercisePlan(
                1,
                1,
                1,
                Author.UNKNOT,
                Instant.parse("2026-11-20T10:00:00Z"),
                "a plan",
                "",
                List.of(
                        new PlanItem(
                                exerciseId,
                                new Prescription(
                                        1, 10, 0, 0, 0, false, 1, EnumSet.allOf(DayOfWeek.class)),
                                ItemSide.BOTH,
                                "")));
    }

    @Test
    void aBreakAtWorkOffersTwoExercisesAndNeverTheOneThatNeedsAMat() {
        for (int number = 0; number < 8; number++) {
            List<String> offered =
                    ids(exercises.offer(BreakKind.SHORT, number, Place.OFFICE, Optional.empty()));
            assertThat(offered).hasSize(2).doesNotHaveDuplicates().doesNotContain("knee-to-chest");
        }
    }

    @Test
    void successiveBreaksTakeTurnsThroughTheExercises() {
        List<String> seen =
                IntStream.range(0, 4)
                        .boxed()
                        .flatMap(
                                number ->
                                        ids(
                                                exercises.offer(
                                                        BreakKind.SHORT,
                                                        number,
                                                        Place.OFFICE,
                                                        Optional.empty()))
                                                .stream())
                        .distinct()
                        .toList();
        assertThat(seen)
                .containsExactlyInAnyOrder(
                        "pelvic-tilt-seated",
                        "pelvic-tilt-standing",
                        "standing-back-extension",
                        "walk");
    }

    @Test
    void atHomeTheKneeToChestStretchComesIntoTurn() {
        List<String> seen =
                IntStream.range(0, 5)
                        .boxed()
                        .flatMap(
                                number ->
                                        ids(
                                                exercises.offer(
                                                        BreakKind.SHORT,
                                                        number,
                                                        Place.HOME,
                                                        Optional.empty()))
                                                .stream())
                        .toList();
        assertThat(seen).contains("knee-to-chest");
    }

    @Test
    void aLongBreakStartsWithTheWalk() {
        assertThat(ids(exercises.offer(BreakKind.LONG, 3, Place.OFFICE, Optional.empty())))
                .hasSize(2)
                .startsWith("walk");
    }

    @Test
    void thePlansOwnExercisesComeFirst() {
        for (int number = 0; number < 4; number++) {
            assertThat(
                            ids(
                                    exercises.offer(
                                            BreakKind.SHORT,
                                            number,
                                            Place.OFFICE,
                                            Optional.of(planWith("pelvic-tilt")))))
                    .containsExactlyInAnyOrder("pelvic-tilt-seated", "pelvic-tilt-standing");
        }
    }
}
