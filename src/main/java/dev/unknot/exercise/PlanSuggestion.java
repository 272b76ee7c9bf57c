package dev.unknot.exercise;

import dev.unknot.intake.Coded;
import dev.unknot.knowledge.Prescription;
import java.time.Instant;
import java.util.Optional;

/**
 * What the progression rules made of one exercise after a session, as stored and shown: the kind of
 * change, the exercise for next time ({@code nextExerciseId}: the same one, or its harder or easier
 * variant), why (in words), the dose it proposes (empty when it proposes no change), and what
 * became of it. {@code planId} is the version it was made against; {@code resultVersion} the
 * version it led to, once applied or accepted.
 */
public record PlanSuggestion(
        long id,
        long personId,
        long sessionId,
        long planId,
        String exerciseId,
        String nextExerciseId,
        Kind kind,
        String reason,
        Optional<Prescription> dose,
        Status status,
        Instant createdAt,
        Optional<Instant> decidedAt,
        Optional<Integer> resultVersion) {

    /** The kind of change, as the progression rules name it. */
    public enum Kind implements Coded {
        PROGRESS("progress", "Do a little more"),
        HOLD("hold", "Keep the same dose"),
        STEP_BACK("step-back", "Do a little less"),
        NOT_YET("not-yet", "Not yet");

        private final String code;
        private final String words;

        Kind(String code, String words) {
            this.code = code;
            this.words = words;
        }

        @Override
        public String code() {
            return code;
        }

        public String words() {
            return words;
        }

        /** Whether it proposes a new dose. */
        public boolean changesDose() {
            return this == PROGRESS || this == STEP_BACK;
        }
    }

    /** What became of a suggestion. */
    public enum Status implements Coded {
        PENDING("pending", "waiting for your clinician"),
        APPLIED("applied", "applied by unknot"),
        ACCEPTED("accepted", "accepted by your clinician"),
        CHANGED("changed", "changed by your clinician"),
        DISMISSED("dismissed", "dismissed by your clinician"),
        NOTED("noted", "no change needed");

        private final String code;
        private final String words;

        Status(String code, String words) {
            this.code = code;
            this.words = words;
        }

        @Override
        public String code() {
            return code;
        }

        public String words() {
            return words;
        }
    }

    /** Whether it swaps the exercise for its harder or easier variant. */
    public boolean changesExercise() {
        return !nextExerciseId.equals(exerciseId);
    }

    /**
     * The item as this suggestion changes it: the exercise for next time at the proposed dose (side
     * and notes kept); the item itself when it proposes no dose.
     */
    public PlanItem applyTo(PlanItem item) {
        return dose.map(changed -> new PlanItem(nextExerciseId, changed, item.side(), item.notes()))
                .orElse(item);
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }
}
