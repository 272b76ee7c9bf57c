package dev.unknot.plan;

import dev.unknot.knowledge.Advice;
import dev.unknot.knowledge.GeneralAdvice;
import dev.unknot.knowledge.StopSign;
import java.util.List;

/**
 * A personal self-care plan: the limits that apply (shown first), the steps in session order with
 * their doses, general notes, after-care, stop signs, prevention habits, and what trusted advice
 * also says (keeping active, pain relief, recovery, where to get help). Every item carries sources.
 */
public record CarePlan(
        Phase phase,
        List<Advice> limits,
        List<PlanStep> steps,
        List<Advice> notes,
        List<Advice> afterCare,
        List<StopSign> stopSigns,
        List<Prevention> prevention,
        GeneralAdvice generalAdvice) {
    public CarePlan {
        limits = List.copyOf(limits);
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
        afterCare = List.copyOf(afterCare);
        stopSigns = List.copyOf(stopSigns);
        prevention = List.copyOf(prevention);
    }

    /** The steps of one section, in order. */
    public List<PlanStep> steps(Section section) {
        return steps.stream().filter(step -> step.section() == section).toList();
    }

    public boolean hasMassage() {
        return steps.stream().anyMatch(step -> step.section() == Section.MASSAGE);
    }
}
