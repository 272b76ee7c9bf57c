package dev.unknot.cli;

import java.time.Duration;
import java.util.Optional;

/**
 * How long the person has been away from keyboard and mouse, where the system says: {@code
 * xprintidle} on an X11 desktop. Elsewhere there is none, and the schedule counts from the last
 * break.
 */
interface IdleSource {
    /** No idle time known. */
    IdleSource NONE = Optional::empty;

    Optional<Duration> idleTime();

    /** {@code xprintidle} when it is on the PATH and a display is set, else none. */
    static IdleSource forSystem() {
        return System.getenv("DISPLAY") != null && Programs.onPath("xprintidle")
                ? new XprintIdle()
                : NONE;
    }
}
