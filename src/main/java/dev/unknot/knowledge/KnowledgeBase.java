package dev.unknot.knowledge;

import dev.unknot.intake.Question;
import dev.unknot.intake.Region;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reviewed knowledge unknot acts on, loaded and validated from {@code
 * resources/knowledge/*.yaml}: sources, triage rules, what each disposition tells the person,
 * muscles by region, the care content, the wizard's questions and what trusted advice also says
 * ({@link GeneralAdvice}) the {@link ExerciseLibrary} plans are built from and the {@link
 * ProgressionRules} that build an exercise up or down. Immutable and thread-safe; load it once.
 */
public record KnowledgeBase(
        List<Source> sources,
        Map<Disposition, DispositionText> dispositions,
        String disclaimer,
        List<Rule> rules,
        List<Muscle> muscles,
        Map<Region, RegionMuscles> regions,
        CareKnowledge care,
        List<WizardQuestion> questions,
        GeneralAdvice generalAdvice,
        ExerciseLibrary exerciseLibrary,
        ProgressionRules progression) {

    public KnowledgeBase {
        sources = List.copyOf(sources);
        dispositions = Map.copyOf(dispositions);
        rules = List.copyOf(rules);
        muscles = List.copyOf(muscles);
        regions = Map.copyOf(regions);
        questions = List.copyOf(questions);
    }

    /** Loads the knowledge base bundled with unknot. */
    public static KnowledgeBase load() {
        return KnowledgeLoader.fromClasspath();
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(source -> source.id().equals(id)).findFirst();
    }

    /** A rule by id, case-insensitive ({@code r7} finds {@code R7}). */
    public Optional<Rule> rule(String id) {
        return rules.stream().filter(rule -> rule.id().equalsIgnoreCase(id)).findFirst();
    }

    public DispositionText text(Disposition disposition) {
        return dispositions.get(disposition);
    }

    public RegionMuscles musclesOf(Region region) {
        return regions.get(region);
    }

    /**
     * An answer in plain words, as {@code questions.yaml} says it ("no fever or chills", "age 45"):
     * what people read in place of a field and a code.
     */
    public String said(Question question, Object value) {
        return questions.stream()
                .filter(wording -> wording.question() == question)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no words for " + question.path()))
                .said(value);
    }
}
