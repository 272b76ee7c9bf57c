package dev.unknot.progression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.SelfCareSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The self-care strengthening programme starts only once the knot has settled. */
class SelfCareProgrammeTest {
    static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();
    static final SelfCareProgramme PROGRAMME = SelfCareProgramme.of(KNOWLEDGE);
    static final SelfCareSettings SETTINGS = KNOWLEDGE.progression().selfCare();

    static final Duration LONG_AGO = Duration.ofHours(SETTINGS.minHours()).plusDays(3);

    static List<Integer> mild() {
        return new ArrayList<>(Collections.nCopies(SETTINGS.entries(), SETTINGS.maxPain()));
    }

    @Test
    void startsWithTheBridgeTheBirdDogAndTheClamshellAtTheirStartingDoses() {
        ProgrammeStart start = PROGRAMME.start(new Recovery(LONG_AGO, mild(), false));

        assertThat(start).isInstanceOf(ProgrammeStart.Ready.class);
        List<ProgrammeExercise> exercises = ((ProgrammeStart.Ready) start).exercises();
        assertThat(exercises)
                .extracting(item -> item.exercise().id())
                .containsExactly("glute-bridge", "bird-dog", "clamshell");
        assertThat(exercises)
                .allSatisfy(
                        item -> assertThat(item.dose()).isEqualTo(item.exercise().startingDose()));
        assertThat(start.sources()).contains("henry-1999", "selkowitz-2013", "mcgill-2007");
        assertThat(PROGRAMME.isReady(new Recovery(LONG_AGO, mild(), false))).isTrue();
    }

    @Test
    void notBeforeTheFirstHoursHavePassed() {
        Recovery early =
                new Recovery(Duration.ofHours(SETTINGS.minHours()).minusMinutes(1), mild(), false);

        ProgrammeStart start = PROGRAMME.start(early);

        assertThat(start).isInstanceOf(ProgrammeStart.NotReady.class);
        assertThat(start.reason()).contains(String.valueOf(SETTINGS.minHours()) + " hours");
        assertThat(PROGRAMME.isReady(early)).isFalse();
    }

    @Test
    void notWhileOneOfTheLastEntriesIsAboveTheMildLimit() {
        List<Integer> pains = mild();
        pains.set(pains.size() - 1, SETTINGS.maxPain() + 1);

        ProgrammeStart start = PROGRAMME.start(new Recovery(LONG_AGO, pains, false));

        assertThat(start).isInstanceOf(ProgrammeStart.NotReady.class);
        assertThat(start.reason()).contains("above " + SETTINGS.maxPain() + " out of 10");
    }

    @Test
    void anOlderHighEntryNoLongerCounts() {
        List<Integer> pains = new ArrayList<>(List.of(9));
        pains.addAll(mild());

        assertThat(PROGRAMME.isReady(new Recovery(LONG_AGO, pains, false))).isTrue();
    }

    @Test
    void notWithTooFewEntries() {
        List<Integer> pains = mild().subList(0, SETTINGS.entries() - 1);

        ProgrammeStart start = PROGRAMME.start(new Recovery(LONG_AGO, pains, false));

        assertThat(start).isInstanceOf(ProgrammeStart.NotReady.class);
        assertThat(start.reason()).contains(SETTINGS.entries() + " entries");
    }

    @Test
    void notWhileAnEscalationIsOpenAndThatReasonComesFirst() {
        Recovery recovery = new Recovery(Duration.ZERO, List.of(8), true);

        ProgrammeStart start = PROGRAMME.start(recovery);

        assertThat(start).isInstanceOf(ProgrammeStart.NotReady.class);
        List<String> reasons = ((ProgrammeStart.NotReady) start).reasons();
        assertThat(reasons).hasSize(3);
        assertThat(reasons.get(0)).containsIgnoringCase("warning");
    }
}
