package dev.unknot.progression;

import dev.unknot.knowledge.Cited;
import dev.unknot.knowledge.LibraryExercise;
import dev.unknot.knowledge.Prescription;
import java.util.List;

/**
 * What to do with an exercise next time: do more ({@link Progress}), keep the same ({@link Hold}),
 * do less or an easier form ({@link StepBack}), or wait for the next morning's pain ({@link
 * NotYet}). Each says the exercise and dose for next time, the reason in plain words, and the rule
 * and sources it rests on, like a triage reason.
 */
public sealed interface Suggestion extends Cited {

    /** The exercise for next time: the same one, or its harder or easier variant. */
    LibraryExercise exercise();

    /** The dose for next time. */
    Prescription dose();

    /** The id of the rule in {@code progression.yaml} that decided. */
    String ruleId();

    /** Why, and what next time looks like, in plain words. */
    String reason();

    /**
     * How far it pushes, for comparing suggestions: a step back 0, holding or waiting 1, progress
     * 2.
     */
    int boldness();

    /** Do more: more of the same exercise, or its harder variant. */
    record Progress(
            LibraryExercise exercise,
            Prescription dose,
            boolean harderVariant,
            String ruleId,
            String reason,
            List<String> sources)
            implements Suggestion {
        public Progress {
            sources = List.copyOf(sources);
        }

        @Override
        public int boldness() {
            return 2;
        }
    }

    /** Keep the same exercise at the same dose. */
    record Hold(
            LibraryExercise exercise,
            Prescription dose,
            String ruleId,
            String reason,
            List<String> sources)
            implements Suggestion {
        public Hold {
            sources = List.copyOf(sources);
        }

        @Override
        public int boldness() {
            return 1;
        }
    }

    /**
     * Do less: fewer repetitions, a shorter hold or fewer minutes, or the easier variant; when
     * neither is possible, the same dose with advice to leave the exercise out until it settles.
     */
    record StepBack(
            LibraryExercise exercise,
            Prescription dose,
            boolean easierVariant,
            String ruleId,
            String reason,
            List<String> sources)
            implements Suggestion {
        public StepBack {
            sources = List.copyOf(sources);
        }

        @Override
        public int boldness() {
            return 0;
        }
    }

    /** Nothing changes until the next morning's pain is in the diary. */
    record NotYet(
            LibraryExercise exercise,
            Prescription dose,
            String ruleId,
            String reason,
            List<String> sources)
            implements Suggestion {
        public NotYet {
            sources = List.copyOf(sources);
        }

        @Override
        public int boldness() {
            return 1;
        }
    }
}
