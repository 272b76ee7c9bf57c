package dev.unknot.progression;

import dev.unknot.knowledge.ExerciseLibrary;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.Placeholders;
import dev.unknot.knowledge.SelfCareSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The short strengthening programme for a person with no clinician, started only once the knot has
 * settled as {@code progression.yaml} defines it: past the first hours, the last few diary entries
 * all mild, and no escalation open. Deterministic and thread-safe.
 */
public final class SelfCareProgramme {
    private final SelfCareSettings settings;
    private final ExerciseLibrary library;

    public SelfCareProgramme(SelfCareSettings settings, ExerciseLibrary library) {
        this.settings = settings;
        this.library = library;
    }

    /** The programme of the bundled knowledge. */
    public static SelfCareProgramme of(KnowledgeBase knowledge) {
        return new SelfCareProgramme(
                knowledge.progression().selfCare(), knowledge.exerciseLibrary());
    }

    /** Whether the knot has settled enough to start. */
    public boolean isReady(Recovery recovery) {
        return notReadyBecause(recovery).isEmpty();
    }

    /** The exercises with their starting doses, or every reason why not yet. */
    public ProgrammeStart start(Recovery recovery) {
        List<String> reasons = notReadyBecause(recovery);
        if (!reasons.isEmpty()) {
            return new ProgrammeStart.NotReady(reasons, settings.sources());
        }
        List<ProgrammeExercise> exercises = new ArrayList<>();
        List<String> sources = new ArrayList<>(settings.sources());
        for (String id : settings.exercises()) {
            // The loader checked every id against the library.
            var exercise = library.exercise(id).orElseThrow();
            exercises.add(new ProgrammeExercise(exercise, exercise.startingDose()));
            exercise.sources().stream()
                    .filter(source -> !sources.contains(source))
                    .forEach(sources::add);
        }
        return new ProgrammeStart.Ready(exercises, words(settings.ready()), sources);
    }

    private List<String> notReadyBecause(Recovery recovery) {
        List<String> reasons = new ArrayList<>();
        if (recovery.escalated()) {
            reasons.add(words(settings.escalated()));
        }
        if (recovery.sinceOnset().compareTo(Duration.ofHours(settings.minHours())) < 0) {
            reasons.add(words(settings.tooSoon()));
        }
        List<Integer> pains = recovery.diaryPains();
        List<Integer> last =
                pains.subList(Math.max(0, pains.size() - settings.entries()), pains.size());
        if (last.stream().anyMatch(pain -> pain > settings.maxPain())) {
            reasons.add(words(settings.painTooHigh()));
        } else if (pains.size() < settings.entries()) {
            reasons.add(words(settings.tooFewEntries()));
        }
        return reasons;
    }

    private String words(String template) {
        return Placeholders.fill(
                template,
                Map.of(
                        "pain", settings.maxPain(),
                        "entries", settings.entries(),
                        "hours", settings.minHours()));
    }
}
