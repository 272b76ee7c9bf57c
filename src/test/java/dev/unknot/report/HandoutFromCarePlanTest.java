package dev.unknot.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.knowledge.Source;
import dev.unknot.knowledge.StopSign;
import dev.unknot.plan.CarePlan;
import dev.unknot.plan.PlanStep;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoutFromCarePlanTest {
    private static final CarePlan PLAN = Handouts.plan();
    private static final Handout HANDOUT = Handouts.ofPlan();

    @Test
    void everyStepOfThePlanIsAnExerciseInSessionOrderWithItsDoseAndPicture() {
        assertThat(HANDOUT.exercises()).hasSameSizeAs(PLAN.steps());
        for (int i = 0; i < PLAN.steps().size(); i++) {
            PlanStep step = PLAN.steps().get(i);
            HandoutExercise exercise = HANDOUT.exercises().get(i);
            assertThat(exercise.name()).isEqualTo(step.name());
            assertThat(exercise.steps()).isEqualTo(step.instructions());
            assertThat(exercise.picture()).isEqualTo(step.picture());
            assertThat(exercise.dose().get(0)).endsWith(step.dose().describe().substring(1));
            assertThat(exercise.schedule())
                    .isEqualTo(
                            step.section().words()
                                    + " · step "
                                    + (i + 1)
                                    + " of "
                                    + PLAN.steps().size()
                                    + " in each session");
        }
    }

    @Test
    void everyExerciseHasARowOpenOnEveryDay() {
        assertThat(HANDOUT.tickTable().rows())
                .extracting(TickTable.Row::exercise)
                .isEqualTo(HANDOUT.exercises().stream().map(HandoutExercise::name).toList());
        assertThat(HANDOUT.tickTable().rows())
                .allSatisfy(
                        row ->
                                assertThat(row.days())
                                        .containsExactlyInAnyOrder(DayOfWeek.values()));
    }

    @Test
    void thePainRuleIsTheKnowledgesOwnWordsOnPressureAndStretching() {
        var care = Handouts.KNOWLEDGE.care();

        assertThat(HANDOUT.painRule())
                .containsExactly(care.pressure().text(), care.stretchCaution().text());
        assertThat(HANDOUT.beforeYouStart()).contains(care.alternating().text());
    }

    @Test
    void anotherPainRuleCanTakeThePlaceOfTheKnowledgesWords() {
        List<String> rule =
                List.of("Pain may rise a little but should settle by the next morning.");

        Handout replaced = HANDOUT.withPainRule(rule);

        assertThat(replaced.painRule()).isEqualTo(rule);
        assertThat(replaced.withPainRule(HANDOUT.painRule())).isEqualTo(HANDOUT);
    }

    @Test
    void theStopSignsAndTheRegionsHelpLinesComeFirst() {
        assertThat(HANDOUT.stopSigns())
                .isEqualTo(PLAN.stopSigns().stream().map(StopSign::text).toList());
        assertThat(HANDOUT.help().subList(0, 2))
                .containsExactly(
                        new HelpItem("In an emergency", Handouts.UK.emergency().say()),
                        new HelpItem("Urgent help today", Handouts.UK.urgent().say()));
        assertThat(HANDOUT.help())
                .extracting(HelpItem::who)
                .containsAll(PLAN.generalAdvice().help().stream().map(help -> help.who()).toList());
    }

    @Test
    void theSourcesAreEveryOneCitedByTheirShortTitles() {
        List<String> titles = HANDOUT.sources().stream().map(HandoutSource::title).toList();

        assertThat(titles)
                .contains(
                        Handouts.KNOWLEDGE
                                .source("nhs-back-pain")
                                .map(Source::shortTitle)
                                .orElseThrow())
                .doesNotHaveDuplicates();
        assertThat(HANDOUT.sources())
                .filteredOn(source -> source.title().startsWith("NHS: Back pain"))
                .singleElement()
                .satisfies(
                        source ->
                                assertThat(source.url())
                                        .hasValue("https://www.nhs.uk/conditions/back-pain/"));
    }

    @Test
    void theSafetyLineIsTheKnowledgesDisclaimer() {
        assertThat(HANDOUT.safetyLine()).isEqualTo(Handouts.KNOWLEDGE.disclaimer());
        assertThat(HANDOUT.personName()).isEqualTo("Sam");
        assertThat(HANDOUT.date()).isEqualTo(Handouts.TODAY);
        assertThat(HANDOUT.clinicianNote()).isEmpty();
    }
}
