package dev.unknot.session;

/**
 * A step's result in a finished or quit session and the seconds of countdown spent on it (pauses
 * excluded).
 */
public record StepOutcome(String stepId, String name, StepResult result, int seconds) {
    public StepOutcome {
        if (seconds < 0) {
            throw new IllegalArgumentException("seconds cannot be negative, was " + seconds);
        }
    }
}
