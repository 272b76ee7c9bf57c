package dev.unknot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class BreakKnowledgeTest {
    private static final KnowledgeBase BASE = KnowledgeBase.load();

    private static String file() {
        try (InputStream in =
                BreakKnowledgeTest.class.getResourceAsStream("/knowledge/breaks.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BreakKnowledge read(String yaml) {
        try {
            return BreakKnowledgeLoader.read(
                    BASE,
                    new Node(
                            "breaks.yaml",
                            "",
                            KnowledgeTree.read(
                                    new ByteArrayInputStream(
                                            yaml.getBytes(StandardCharsets.UTF_8)))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theDefaultsAreABreakEveryThirtyMinutesAndALongerOneAfterAnHour() {
        BreakKnowledge.Schedule schedule = BreakKnowledge.load(BASE).schedule();
        assertThat(schedule.every()).isEqualTo(new BreakKnowledge.Minutes(30, 30, 60));
        assertThat(schedule.longAfter()).isEqualTo(new BreakKnowledge.Minutes(60, 50, 60));
        assertThat(schedule.longBreak()).isEqualTo(new BreakKnowledge.Minutes(5, 5, 10));
        assertThat(schedule.notice().standard()).isEqualTo(1);
        assertThat(schedule.postpone().standard()).isEqualTo(5);
        assertThat(schedule.naturalBreak().standard()).isEqualTo(5);
        assertThat(schedule.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(schedule.end()).isEqualTo(LocalTime.of(17, 30));
        assertThat(schedule.days()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(schedule.sources()).contains("004", "hse-dse", "osha-etool");
    }

    @Test
    void everyBreakExerciseHasStepsSecondsAndKnownSources() {
        BreakKnowledge knowledge = BreakKnowledge.load(BASE);
        assertThat(knowledge.exercises())
                .extracting(BreakExercise::id)
                .containsExactly(
                        "pelvic-tilt-seated",
                        "pelvic-tilt-standing",
                        "standing-back-extension",
                        "walk",
                        "knee-to-chest");
        for (BreakExercise exercise : knowledge.exercises()) {
            assertThat(exercise.steps()).isNotEmpty();
            assertThat(exercise.seconds()).isBetween(10, 600);
            exercise.sources()
                    .forEach(id -> assertThat(BASE.source(id)).as(exercise.id()).isPresent());
        }
        assertThat(knowledge.exercise("knee-to-chest").orElseThrow().office()).isFalse();
        assertThat(knowledge.exercise("knee-to-chest").orElseThrow().name())
                .contains("on a mat at home");
    }

    @Test
    void aDefaultOutsideItsRangeIsRefusedWithTheFieldNamed() {
        String broken =
                file().replace("everyMinutes: {default: 30,", "everyMinutes: {default: 90,");
        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage(
                        "knowledge/breaks.yaml, schedule: 'everyMinutes.default' must be from 30 to 60, was 90");
    }

    @Test
    void aRangeBeyondWhatIsSensibleIsRefused() {
        String broken = file().replace("max: 60}\n  # A longer", "max: 600}\n  # A longer");
        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("'everyMinutes' must stay within 10 to 120 minutes");
    }

    @Test
    void anUnknownSourceIsRefused() {
        String broken = file().replace("sources: [nhs-back-pain, hse-dse]", "sources: [nowhere]");
        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining(
                        "exercise standing-back-extension: cites unknown source 'nowhere'");
    }

    @Test
    void aPlanExerciseMustBeInTheLibrary() {
        String broken =
                file().replace("planExercises: [knee-to-chest]", "planExercises: [headstand]");
        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("'planExercises' names 'headstand'");
    }

    @Test
    void workingHoursMustStartBeforeTheyEnd() {
        String broken = file().replace("start: \"09:00\"", "start: \"18:00\"");
        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("'hours.start' must be before 'hours.end'");
    }
}
