package dev.unknot.session;

import dev.unknot.intake.Pain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state machine of a guided session over a plan's steps. Between steps it {@link State#WAITING
 * waits} for a command about the upcoming step; {@link Command#NEXT} starts it and each {@link
 * #tick()} counts one second of its countdowns; when the last countdown ends the step is done and
 * the session waits again. A pause stops the clock: ticks while paused count nothing. Quitting
 * keeps what was done; steps never started are {@link StepResult#NOT_REACHED not reached}, a step
 * quit or skipped while running is skipped.
 *
 * <p>Not thread-safe: one person, one thread.
 */
public final class GuidedSession {

    /** Where the session stands. */
    public enum State {
        WAITING,
        RUNNING,
        PAUSED,
        FINISHED
    }

    private final List<SessionStep> steps;
    private final StepResult[] results;
    private final int[] seconds;
    private State state = State.WAITING;
    private State beforePause = State.WAITING;
    private int cursor;
    private int unit;
    private int elapsed;

    public GuidedSession(List<SessionStep> steps) {
        this.steps = List.copyOf(steps);
        this.results = new StepResult[steps.size()];
        this.seconds = new int[steps.size()];
    }

    public State state() {
        return state;
    }

    public List<SessionStep> steps() {
        return steps;
    }

    /**
     * The index of the step that is running, or that comes next while waiting (equal to the size
     * after the last).
     */
    public int position() {
        return cursor;
    }

    /**
     * The step the next {@link Command#NEXT} starts, or that is running; empty after the last step.
     */
    public Optional<SessionStep> current() {
        return cursor < steps.size() ? Optional.of(steps.get(cursor)) : Optional.empty();
    }

    /** Whether {@link Command#REPEAT} has a step to go back to while waiting. */
    public boolean canRepeat() {
        return cursor > 0;
    }

    /** The countdown running (or paused), with its number within the step. */
    public Optional<Tick> countdown() {
        if (!isInStep()) {
            return Optional.empty();
        }
        SessionStep step = steps.get(cursor);
        return Optional.of(new Tick(cursor, step, unit, step.units().get(unit), elapsed));
    }

    /**
     * Applies a command; one that makes no sense in the current state throws {@link
     * IllegalStateException}.
     */
    public void apply(Command command) {
        switch (command) {
            case NEXT -> next();
            case PAUSE -> pause();
            case RESUME -> resume();
            case SKIP -> skip();
            case REPEAT -> repeat();
            case QUIT -> quit();
        }
    }

    public void next() {
        require(state == State.WAITING, "next");
        if (cursor == steps.size()) {
            state = State.FINISHED;
            return;
        }
        startStep(cursor);
    }

    public void pause() {
        require(state == State.WAITING || state == State.RUNNING, "pause");
        beforePause = state;
        state = State.PAUSED;
    }

    public void resume() {
        require(state == State.PAUSED, "resume");
        state = beforePause;
    }

    public void skip() {
        require(
                state == State.RUNNING
                        || (state == State.WAITING && cursor < steps.size())
                        || (state == State.PAUSED && cursor < steps.size()),
                "skip");
        if (results[cursor] == null) {
            results[cursor] = StepResult.SKIPPED;
        }
        cursor++;
        state = State.WAITING;
    }

    public void repeat() {
        require(
                state == State.RUNNING
                        || (state == State.WAITING && canRepeat())
                        || (state == State.PAUSED && (beforePause == State.RUNNING || canRepeat())),
                "repeat");
        boolean running =
                state == State.RUNNING || (state == State.PAUSED && beforePause == State.RUNNING);
        startStep(running ? cursor : cursor - 1);
    }

    public void quit() {
        require(state != State.FINISHED, "quit");
        if (isInStep() && results[cursor] == null) {
            results[cursor] = StepResult.SKIPPED;
        }
        state = State.FINISHED;
    }

    /**
     * One second of the running countdown; returns where it stands after that second. While paused
     * the clock stands still: nothing is counted and the result is empty.
     */
    public Optional<Tick> tick() {
        if (state == State.PAUSED) {
            return Optional.empty();
        }
        require(state == State.RUNNING, "tick");
        SessionStep step = steps.get(cursor);
        TimedUnit timed = step.units().get(unit);
        seconds[cursor]++;
        elapsed++;
        Tick tick = new Tick(cursor, step, unit, timed, elapsed);
        if (elapsed == timed.seconds()) {
            unit++;
            elapsed = 0;
            if (unit == step.units().size()) {
                results[cursor] = StepResult.DONE;
                cursor++;
                unit = 0;
                state = State.WAITING;
            }
        }
        return Optional.of(tick);
    }

    /** The outcome so far; {@code finished} when every step was done or skipped. */
    public SessionOutcome outcome(Pain painBefore, Optional<Pain> painAfter) {
        List<StepOutcome> outcomes = new ArrayList<>(steps.size());
        for (int index = 0; index < steps.size(); index++) {
            StepResult result = results[index] == null ? StepResult.NOT_REACHED : results[index];
            SessionStep step = steps.get(index);
            outcomes.add(
                    new StepOutcome(step.step().id(), step.step().name(), result, seconds[index]));
        }
        return new SessionOutcome(outcomes, painBefore, painAfter, cursor == steps.size());
    }

    private boolean isInStep() {
        return state == State.RUNNING || (state == State.PAUSED && beforePause == State.RUNNING);
    }

    private void startStep(int index) {
        cursor = index;
        unit = 0;
        elapsed = 0;
        state = State.RUNNING;
    }

    private void require(boolean allowed, String command) {
        if (!allowed) {
            throw new IllegalStateException(
                    "cannot "
                            + command
                            + " while "
                            + state.name().toLowerCase(java.util.Locale.ROOT)
                            + (cursor == steps.size() ? " after the last step" : ""));
        }
    }

    /**
     * A moment of a countdown: which step (by index) and which of its units, and the seconds of
     * that unit elapsed so far.
     */
    public record Tick(
            int stepIndex, SessionStep step, int unitIndex, TimedUnit unit, int elapsed) {
        public int remaining() {
            return unit.seconds() - elapsed;
        }

        public boolean isUnitEnd() {
            return elapsed == unit.seconds();
        }
    }
}
