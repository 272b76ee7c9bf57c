package dev.unknot.progression;

import dev.unknot.knowledge.Prescription;
import java.util.OptionalInt;

/**
 * One exercise of a plan done once at its prescribed dose, and how the pain went: before, during
 * and just after the session (0-10), and the next morning's diary pain once it has been entered.
 */
public record Attempt(
        String exerciseId,
        Prescription dose,
        Completion completion,
        int painBefore,
        int painDuring,
        int painAfter,
        OptionalInt nextMorningPain) {

    /** How much of the dose was done. */
    public enum Completion {
        /** Every set and repetition. */
        ALL_DONE,
        /** Some of it, and not stopped because of pain. */
        PARTLY_DONE,
        /** Stopped because of pain. */
        STOPPED_FOR_PAIN
    }

    public Attempt {
        if (exerciseId.isBlank()) {
            throw new IllegalArgumentException("an attempt needs the exercise's id");
        }
        pain("painBefore", painBefore);
        pain("painDuring", painDuring);
        pain("painAfter", painAfter);
        nextMorningPain.ifPresent(pain -> pain("nextMorningPain", pain));
    }

    private static void pain(String field, int value) {
        if (value < 0 || value > 10) {
            throw new IllegalArgumentException(field + " must be from 0 to 10, was " + value);
        }
    }

    /** The same attempt once the next morning's pain is known. */
    public Attempt withNextMorning(int pain) {
        return new Attempt(
                exerciseId,
                dose,
                completion,
                painBefore,
                painDuring,
                painAfter,
                OptionalInt.of(pain));
    }
}
