package dev.unknot.session;

import java.util.Optional;

/** What a {@link Countdown} shows its person and asks them while a step runs. */
public interface CountdownView {

    /** A countdown begins (also after a repeat). */
    void started(GuidedSession.Tick start);

    /**
     * One second has passed; {@link GuidedSession.Tick#isUnitEnd()} on the last second of a
     * countdown.
     */
    void ticked(GuidedSession.Tick tick);

    /** A command the person gave while the clock ran, if any; must not block. */
    default Optional<Command> poll() {
        return Optional.empty();
    }

    /** While paused: waits for the person to resume, skip, repeat or quit. */
    default Command whilePaused() {
        return Command.RESUME;
    }
}
