package dev.unknot.session;

/** What a person can tell a running guided session to do. */
public enum Command {
    /** Start the upcoming step (or finish, after the last one). */
    NEXT,
    /** Stop the clock until {@link #RESUME}. */
    PAUSE,
    RESUME,
    /** Leave out the upcoming step, or the rest of the running one. */
    SKIP,
    /** Do the step just finished again, or restart the running one. */
    REPEAT,
    /** End the session now; what was done is kept. */
    QUIT
}
