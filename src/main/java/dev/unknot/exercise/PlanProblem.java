package dev.unknot.exercise;

import java.util.List;
import java.util.Optional;

/**
 * Why a plan version was refused, for one field ({@code items[1].exerciseId}, {@code reason}): the
 * problem in words and, where a triage rule is behind it, that rule's id and the titles of its
 * sources.
 */
public record PlanProblem(
        String field, String words, Optional<String> ruleId, List<String> sourceTitles) {
    public PlanProblem {
        sourceTitles = List.copyOf(sourceTitles);
    }

    public static PlanProblem of(String field, String words) {
        return new PlanProblem(field, words, Optional.empty(), List.of());
    }
}
