package dev.unknot.progression;

import dev.unknot.knowledge.Cited;
import java.util.List;

/**
 * Whether a person with no clinician may start the self-care strengthening programme: {@link Ready}
 * with the exercises and their starting doses, or {@link NotReady} with every reason why not yet.
 * Both carry the reason in plain words and their sources.
 */
public sealed interface ProgrammeStart extends Cited {

    /** Why, in plain words. */
    String reason();

    /** The knot has settled: these exercises at these doses. */
    record Ready(List<ProgrammeExercise> exercises, String reason, List<String> sources)
            implements ProgrammeStart {
        public Ready {
            exercises = List.copyOf(exercises);
            sources = List.copyOf(sources);
        }
    }

    /** Not yet, for each of these reasons (in order of importance). */
    record NotReady(List<String> reasons, List<String> sources) implements ProgrammeStart {
        public NotReady {
            reasons = List.copyOf(reasons);
            sources = List.copyOf(sources);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("not ready needs a reason");
            }
        }

        @Override
        public String reason() {
            return String.join(" ", reasons);
        }
    }
}
