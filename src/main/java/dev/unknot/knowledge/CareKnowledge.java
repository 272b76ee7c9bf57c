package dev.unknot.knowledge;

import java.util.List;

/**
 * Everything the planner draws on: thresholds, techniques, stretches, heat and cold, the wording of
 * the plan limits, after-care, stop signs and habits.
 */
public record CareKnowledge(
        CareSettings settings,
        List<Technique> techniques,
        Advice pressure,
        List<Stretch> stretches,
        Advice stretchCaution,
        Thermal coldAcute,
        Thermal heatBefore,
        Thermal coldAfter,
        Advice alternating,
        Advice noSelfMassage,
        Advice noPressureOnLump,
        Advice acuteNoMassage,
        Advice severePainNoMassage,
        Advice gentleDose,
        List<Advice> aftercare,
        List<Advice> aftercareGentle,
        List<StopSign> stopSigns,
        List<Habit> habits) {
    public CareKnowledge {
        techniques = List.copyOf(techniques);
        stretches = List.copyOf(stretches);
        aftercare = List.copyOf(aftercare);
        aftercareGentle = List.copyOf(aftercareGentle);
        stopSigns = List.copyOf(stopSigns);
        habits = List.copyOf(habits);
    }
}
