package dev.unknot.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.TestApps;
import dev.unknot.intake.Intake;
import dev.unknot.intake.LegNumbness;
import dev.unknot.intake.Question;
import dev.unknot.intake.Region;
import dev.unknot.intake.TextReading;
import dev.unknot.knowledge.KnowledgeBase;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a reading settled, read back in plain words by {@link Interview#understood}. */
class UnderstoodTest {
    static final KnowledgeBase KNOWLEDGE = TestApps.KNOWLEDGE;
    static final Interview INTERVIEW = new Interview(KNOWLEDGE, new Assessor(KNOWLEDGE).triage());

    /** "knot above my hip, no fever, numbness below my knee, 45, not sure about weight loss" */
    static final TextReading ORDINARY =
            new TextReading(
                    Intake.builder()
                            .put(Question.REGIONS, Set.of(Region.ABOVE_HIP))
                            .put(Question.FEVER, false)
                            .put(Question.LEG_NUMBNESS, LegNumbness.BELOW_KNEE)
                            .put(Question.AGE, 45)
                            .build(),
                    Map.of(
                            Question.REGIONS, "above my hip",
                            Question.FEVER, "no fever",
                            Question.LEG_NUMBNESS, "numbness below my knee",
                            Question.AGE, "45"),
                    Map.of(Question.WEIGHT_LOSS, "not sure about weight loss"));

    /** "I wet myself this morning and I have a fever" */
    static final TextReading EMERGENCY =
            new TextReading(
                    Intake.builder()
                            .put(Question.BLADDER_BOWEL_CHANGE, true)
                            .put(Question.FEVER, true)
                            .put(Question.ONSET_DAYS, 0)
                            .build(),
                    Map.of(
                            Question.BLADDER_BOWEL_CHANGE, "I wet myself",
                            Question.FEVER, "fever",
                            Question.ONSET_DAYS, "this morning"),
                    Map.of());

    @Test
    void everyAnswerIsReadBackInPlainWordsWithTheWordsBehindIt() {
        Understood understood = INTERVIEW.understood(ORDINARY);

        assertThat(understood.settled())
                .extracting(Understood.Settled::said, Understood.Settled::words)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "numbness or tingling down one leg to below the knee",
                                "numbness below my knee"),
                        org.assertj.core.groups.Tuple.tuple("no fever or chills", "no fever"),
                        org.assertj.core.groups.Tuple.tuple(
                                "a knot just above the hip bone", "above my hip"),
                        org.assertj.core.groups.Tuple.tuple("age 45", "45"));
        assertThat(understood.summary())
                .isEqualTo(
                        "numbness or tingling down one leg to below the knee; no fever or chills;"
                                + " a knot just above the hip bone; age 45");
        assertThat(understood.settled().get(1).value()).isEqualTo(false);
    }

    @Test
    void whatStayedOpenIsShownAsTheQuestionThatWillBeAsked() {
        Understood understood = INTERVIEW.understood(ORDINARY);

        assertThat(understood.open()).hasSize(1);
        assertThat(understood.open().get(0).question()).isEqualTo(Question.WEIGHT_LOSS);
        assertThat(understood.open().get(0).prompt())
                .isEqualTo(INTERVIEW.wording(Question.WEIGHT_LOSS).prompt());
        assertThat(understood.open().get(0).words()).isEqualTo("not sure about weight loss");
        assertThat(understood.isEmergency()).isFalse();
        assertThat(understood.triggers()).isEmpty();
    }

    @Test
    void anAnswerNotMeantIsOpenAndAskedInFull() {
        Understood understood = INTERVIEW.understood(ORDINARY, Set.of(Question.LEG_NUMBNESS));

        assertThat(understood.notMeant()).containsExactly(Question.LEG_NUMBNESS);
        assertThat(understood.settled())
                .extracting(Understood.Settled::question)
                .doesNotContain(Question.LEG_NUMBNESS);
        assertThat(understood.open())
                .extracting(Understood.Open::question, Understood.Open::words)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                Question.LEG_NUMBNESS, "numbness below my knee"));
        assertThat(understood.reading().intake().isAnswered(Question.LEG_NUMBNESS)).isFalse();
        assertThat(INTERVIEW.todo(understood.reading().intake())).contains(Question.LEG_NUMBNESS);
    }

    @Test
    void anEmergencyNamesTheAnswersThatMakeItOne() {
        Understood understood = INTERVIEW.understood(EMERGENCY);

        assertThat(understood.isEmergency()).isTrue();
        assertThat(understood.emergencyFrom()).containsExactly(Question.BLADDER_BOWEL_CHANGE);
        assertThat(understood.triggers())
                .extracting(Understood.Settled::said, Understood.Settled::words)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "new trouble controlling your bladder or bowels", "I wet myself"));
    }

    @Test
    void takingBackTheWordsOfAnEmergencyLeavesTheRestToConfirm() {
        Understood understood =
                INTERVIEW.understood(EMERGENCY, Set.of(Question.BLADDER_BOWEL_CHANGE));

        assertThat(understood.isEmergency()).isFalse();
        assertThat(understood.summary()).isEqualTo("fever or chills; started today");
        assertThat(INTERVIEW.remaining(understood.reading().intake(), question -> true))
                .startsWith(Question.BLADDER_BOWEL_CHANGE);
    }
}
