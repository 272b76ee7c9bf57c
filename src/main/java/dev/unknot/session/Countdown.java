package dev.unknot.session;

import java.time.Duration;
import java.util.Optional;

/**
 * Runs the clock of a guided session: one {@link GuidedSession#tick()} per second of countdown,
 * each second lasting {@code 1/speed} of a real one, until the running step ends, is skipped or the
 * person quits. Times are counted in countdown seconds, so a session run at speed 60 records the
 * same seconds as one run at speed 1. Not thread-safe.
 */
public final class Countdown {
    public static final int MAX_SPEED = 1000;

    private final Sleeper sleeper;
    private final Duration second;

    public Countdown(Sleeper sleeper, int speed) {
        if (speed < 1 || speed > MAX_SPEED) {
            throw new IllegalArgumentException("speed must be 1-" + MAX_SPEED + ", was " + speed);
        }
        this.sleeper = sleeper;
        this.second = Duration.ofNanos(1_000_000_000L / speed);
    }

    /**
     * Runs while the session is in a step; returns when it waits between steps again or has
     * finished.
     */
    public void run(GuidedSession session, CountdownView view) {
        int shownStep = -1;
        int shownUnit = -1;
        while (true) {
            if (session.state() == GuidedSession.State.PAUSED) {
                Command command = view.whilePaused();
                if (command != Command.PAUSE) {
                    session.apply(command);
                }
                shownStep = -1;
                continue;
            }
            Optional<GuidedSession.Tick> now = session.countdown();
            if (session.state() != GuidedSession.State.RUNNING || now.isEmpty()) {
                return;
            }
            GuidedSession.Tick at = now.get();
            if (at.elapsed() == 0 && (at.stepIndex() != shownStep || at.unitIndex() != shownUnit)) {
                view.started(at);
                shownStep = at.stepIndex();
                shownUnit = at.unitIndex();
            }
            sleeper.sleep(second);
            session.tick().ifPresent(view::ticked);
            if (session.state() == GuidedSession.State.RUNNING) {
                Optional<Command> command =
                        view.poll()
                                .filter(given -> given != Command.NEXT && given != Command.RESUME);
                if (command.isPresent()) {
                    session.apply(command.get());
                    shownStep = -1;
                }
            }
        }
    }
}
