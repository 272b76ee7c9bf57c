package dev.unknot.knowledge;

import java.util.List;

/**
 * One rule of {@code progression.yaml}: the condition it decides (fixed in code, so the data cannot
 * turn "stopped for pain" into "do more"), the outcome, and the reason in plain words with {@code
 * {limit}} and {@code {flare}} where the thresholds go.
 */
public record ProgressionRule(
        String id, Condition when, Outcome outcome, String reason, List<String> sources)
        implements Cited {

    public ProgressionRule {
        sources = List.copyOf(sources);
        if (outcome != when.outcome()) {
            throw new IllegalArgumentException(
                    "rule " + id + ": " + when.code() + " must lead to " + when.outcome().code());
        }
    }

    /** What a rule can suggest. */
    public enum Outcome {
        NOT_YET("not-yet"),
        STEP_BACK("step-back"),
        HOLD("hold"),
        PROGRESS("progress");

        private final String code;

        Outcome(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The conditions, in the order they are checked; the first that applies decides. */
    public enum Condition {
        NO_NEXT_MORNING_ENTRY("no-next-morning-entry", Outcome.NOT_YET),
        STOPPED_FOR_PAIN("stopped-for-pain", Outcome.STEP_BACK),
        WORSE_NEXT_MORNING("worse-next-morning", Outcome.STEP_BACK),
        ABOVE_LIMIT_AND_NOT_SETTLED("above-limit-and-not-settled", Outcome.STEP_BACK),
        DONE_WITHIN_LIMIT_AND_SETTLED("done-within-limit-and-settled", Outcome.PROGRESS),
        OTHERWISE("otherwise", Outcome.HOLD);

        private final String code;
        private final Outcome outcome;

        Condition(String code, Outcome outcome) {
            this.code = code;
            this.outcome = outcome;
        }

        public String code() {
            return code;
        }

        public Outcome outcome() {
            return outcome;
        }
    }
}
