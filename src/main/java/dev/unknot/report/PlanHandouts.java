package dev.unknot.report;

import dev.unknot.assessment.Assessor;
import dev.unknot.knowledge.HelpRegion;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.pathway.ExercisePlans;
import dev.unknot.plan.CarePlan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which plan a person's handout prints, decided once for the terminal, the person's page and the
 * clinician's: the current version of their individual plan when there is one, else the plan unknot
 * generates from their latest saved answers. Red flags still rule: when the latest answers call for
 * emergency or urgent help (or allow no plan), no plan is printed and the reason says why.
 */
public final class PlanHandouts {
    /** A handout to print, or the reason, in words, why there is none. */
    public sealed interface Outcome {
        record Printed(Handout handout) implements Outcome {}

        record Nothing(String why) implements Outcome {}
    }

    private final KnowledgeBase knowledge;
    private final Assessor assessor;
    private final ExercisePlans plans;
    private final Clock clock;

    public PlanHandouts(
            KnowledgeBase knowledge, Assessor assessor, ExercisePlans plans, Clock clock) {
        this.knowledge = knowledge;
        this.assessor = assessor;
        this.plans = plans;
        this.clock = clock;
    }

    /** The handout of the person stored under {@code profile}, printed for {@code name}. */
    public Outcome forProfile(String profile, String name, HelpRegion region) {
        return plans.personId(profile)
                .map(id -> forPerson(id, name, region))
                .orElseGet(() -> new Outcome.Nothing(NO_ANSWERS));
    }

    /** The handout of person {@code personId}, printed for {@code name}. */
    public Outcome forPerson(long personId, String name, HelpRegion region) {
        LocalDate today = LocalDate.now(clock);
        if (plans.current(personId).isPresent()) {
            Optional<String> refused =
                    plans.refusal(personId)
                            .map(
                                    result ->
                                            "the latest answers call for something other than"
                                                    + " exercise first ("
                                                    + knowledge
                                                            .text(result.triage().disposition())
                                                            .headline()
                                                    + "), so the plan is not printed");
            if (refused.isPresent()) {
                return new Outcome.Nothing(refused.get());
            }
            return new Outcome.Printed(
                    new HandoutFromExercisePlan(knowledge, region, clock.getZone())
                            .handout(name, today, plans.current(personId).orElseThrow()));
        }
        Optional<CarePlan> generated =
                plans.latestAnswers(personId).flatMap(answers -> assessor.assess(answers).plan());
        if (generated.isEmpty()) {
            return new Outcome.Nothing(
                    plans.latestAnswers(personId).isPresent()
                            ? "the latest saved answers do not allow a self-care plan"
                            : NO_ANSWERS);
        }
        return new Outcome.Printed(
                new HandoutFromCarePlan(knowledge, region).handout(name, today, generated.get()));
    }

    private static final String NO_ANSWERS =
            "there is no individual plan and no saved answers yet to make a plan from";
}
