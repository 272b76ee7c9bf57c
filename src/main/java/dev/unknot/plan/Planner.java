package dev.unknot.plan;

import dev.unknot.intake.Cause;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Region;
import dev.unknot.intake.Tool;
import dev.unknot.knowledge.Advice;
import dev.unknot.knowledge.CareKnowledge;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.Muscle;
import dev.unknot.knowledge.PlanLimit;
import dev.unknot.knowledge.RegionMuscles;
import dev.unknot.knowledge.Stretch;
import dev.unknot.knowledge.Technique;
import dev.unknot.knowledge.Thermal;
import dev.unknot.triage.TriageResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the personal self-care plan of {@code triage-policy.md} from the intake and the triage
 * result. Where an answer the plan depends on is missing it takes the cautious side (acute phase,
 * gentle doses). Stateless and thread-safe.
 */
public final class Planner {

    private final KnowledgeBase knowledge;
    private final CareKnowledge care;

    public Planner(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.care = knowledge.care();
    }

    /** The plan, or empty when the disposition allows none (EMERGENCY, URGENT, INCOMPLETE). */
    public Optional<CarePlan> plan(Intake intake, TriageResult triage) {
        if (!triage.allowsPlan()) {
            return Optional.empty();
        }
        Set<PlanLimit> limits = triage.planLimits();
        boolean gentle =
                intake.painNow()
                        .value()
                        .map(pain -> pain >= care.settings().gentleDoseFromPain())
                        .orElse(true);
        boolean severePain =
                intake.painNow()
                        .value()
                        .map(pain -> pain >= care.settings().noPressureMassageFromPain())
                        .orElse(true);
        Phase phase =
                intake.onsetDays()
                        .value()
                        .map(
                                days ->
                                        days < care.settings().acuteBeforeDay()
                                                ? Phase.ACUTE
                                                : Phase.AFTER_ACUTE)
                        .orElse(Phase.ACUTE);
        // No pressure on the back while a rule forbids it, in the first days of a strain, or while
        // pain is severe;
        // then only the gentle stretches count as the "gentle movement" that is left.
        boolean massageStopped = !massageStops(intake, triage).isEmpty();
        boolean gentleStretchesOnly =
                limits.contains(PlanLimit.NO_SELF_MASSAGE) || phase == Phase.ACUTE || severePain;
        Set<Tool> tools = intake.tools();
        List<LikelyMuscle> muscles = likelyMuscles(intake);

        List<Advice> shownLimits = new ArrayList<>();
        if (limits.contains(PlanLimit.NO_SELF_MASSAGE)) {
            shownLimits.add(care.noSelfMassage());
        }
        if (limits.contains(PlanLimit.NO_PRESSURE_ON_LUMP)) {
            shownLimits.add(care.noPressureOnLump());
        }
        if (phase == Phase.ACUTE) {
            shownLimits.add(care.acuteNoMassage());
        }
        if (severePain) {
            shownLimits.add(care.severePainNoMassage());
        }
        if (gentle && !massageStopped) {
            shownLimits.add(care.gentleDose());
        }

        List<PlanStep> steps = new ArrayList<>();
        List<Advice> notes = new ArrayList<>();
        if (phase == Phase.ACUTE) {
            steps.add(thermalStep(care.coldAcute(), tools));
        } else {
            steps.add(thermalStep(care.heatBefore(), tools));
        }
        if (!massageStopped) {
            for (Technique technique : care.techniques()) {
                if (tools.contains(technique.tool()) && !(gentle && technique.firm())) {
                    steps.add(massageStep(technique, gentle, muscles));
                }
            }
            notes.add(care.pressure());
        }
        for (Stretch stretch : care.stretches()) {
            if (!gentleStretchesOnly || stretch.gentle()) {
                steps.add(
                        new PlanStep(
                                Section.STRETCH,
                                stretch.id(),
                                stretch.name(),
                                stretch.steps(),
                                stretch.dose(),
                                List.of(),
                                List.of(care.stretchCaution().text()),
                                Optional.of(stretch.picture()),
                                stretch.sources()));
            }
        }
        notes.add(care.stretchCaution());
        if (phase == Phase.AFTER_ACUTE) {
            steps.add(thermalStep(care.coldAfter(), tools));
            notes.add(care.alternating());
        }
        return Optional.of(
                new CarePlan(
                        phase,
                        shownLimits,
                        steps,
                        notes,
                        gentleStretchesOnly ? care.aftercareGentle() : care.aftercare(),
                        care.stopSigns(),
                        prevention(intake.causes()),
                        knowledge.generalAdvice()));
    }

    /**
     * Why self-massage is left out for these answers, most serious first: each fired rule that
     * limits the plan (R11, R13-R15: no self-massage; a lump to rule out: no pressure), the first
     * days of a strain, severe pain; or nothing when massage may be in the plan. The one decision
     * the plan and an individual plan's check share.
     */
    public List<MassageStop> massageStops(Intake intake, TriageResult triage) {
        List<MassageStop> stops = new ArrayList<>();
        for (var reason : triage.reasons()) {
            PlanLimit limit = reason.rule().planLimit();
            if (limit != PlanLimit.NONE) {
                Advice advice =
                        limit == PlanLimit.NO_SELF_MASSAGE
                                ? care.noSelfMassage()
                                : care.noPressureOnLump();
                stops.add(
                        new MassageStop(
                                Optional.of(reason.ruleId()),
                                reason.rule().name(),
                                advice.text(),
                                reason.rule().sources()));
            }
        }
        boolean acute =
                intake.onsetDays()
                        .value()
                        .map(days -> days < care.settings().acuteBeforeDay())
                        .orElse(true);
        if (acute) {
            stops.add(
                    new MassageStop(
                            Optional.empty(),
                            "The first days of a strain",
                            care.acuteNoMassage().text(),
                            care.acuteNoMassage().sources()));
        }
        boolean severePain =
                intake.painNow()
                        .value()
                        .map(pain -> pain >= care.settings().noPressureMassageFromPain())
                        .orElse(true);
        if (severePain) {
            stops.add(
                    new MassageStop(
                            Optional.empty(),
                            "Severe pain",
                            care.severePainNoMassage().text(),
                            care.severePainNoMassage().sources()));
        }
        return stops;
    }

    /**
     * The muscles likely behind a knot in the regions named, each with why; empty when no region is
     * known.
     */
    public List<LikelyMuscle> likelyMuscles(Intake intake) {
        List<LikelyMuscle> muscles = new ArrayList<>();
        for (Region region : intake.regions()) {
            RegionMuscles entry = knowledge.musclesOf(region);
            for (Muscle muscle : entry.muscles()) {
                muscles.add(new LikelyMuscle(muscle, region, entry.why(), entry.sources()));
            }
        }
        return muscles;
    }

    private PlanStep thermalStep(Thermal thermal, Set<Tool> tools) {
        List<String> instructions = new ArrayList<>(thermal.steps());
        if (!tools.contains(thermal.tool())) {
            instructions.add(
                    "No "
                            + thermal.tool().code().replace('-', ' ')
                            + " at home? Use "
                            + thermal.substitute()
                            + ".");
        }
        Section section = thermal == care.coldAfter() ? Section.COOL_DOWN : Section.HEAT_COLD;
        return new PlanStep(
                section,
                thermal.id(),
                thermal.name(),
                instructions,
                thermal.dose(),
                List.of(),
                List.of(),
                Optional.of(thermal.picture()),
                thermal.sources());
    }

    private PlanStep massageStep(Technique technique, boolean gentle, List<LikelyMuscle> muscles) {
        Set<String> names = new LinkedHashSet<>();
        for (LikelyMuscle likely : muscles) {
            if (technique.targetMuscles().contains(likely.muscle().id())) {
                names.add(likely.muscle().name());
            }
        }
        return new PlanStep(
                Section.MASSAGE,
                technique.id(),
                technique.name(),
                technique.steps(),
                gentle ? technique.dose().lowEnd() : technique.dose(),
                List.copyOf(names),
                List.of(technique.caution()),
                Optional.of(technique.picture()),
                technique.sources());
    }

    private List<Prevention> prevention(Set<Cause> causes) {
        boolean knownCauses = !causes.isEmpty() && !causes.contains(Cause.UNKNOWN);
        List<Prevention> tailored = new ArrayList<>();
        List<Prevention> general = new ArrayList<>();
        for (var habit : care.habits()) {
            Set<Cause> matched = EnumSet.noneOf(Cause.class);
            habit.forCauses().stream().filter(causes::contains).forEach(matched::add);
            if (!matched.isEmpty()) {
                tailored.add(new Prevention(habit, matched));
            } else if (habit.isForEveryone() || !knownCauses) {
                general.add(new Prevention(habit, Set.of()));
            }
        }
        tailored.addAll(general);
        return tailored;
    }
}
