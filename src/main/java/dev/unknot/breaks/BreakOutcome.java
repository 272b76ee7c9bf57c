package dev.unknot.breaks;

import dev.unknot.intake.Coded;

/** What became of a break, as the history keeps it. */
public enum BreakOutcome implements Coded {
    /** Taken with the timer, its exercises done. */
    TAKEN("taken", "taken"),
    /** Time away from the keyboard long enough to count as a break. */
    NATURAL("natural", "away from the keyboard"),
    /** Said no to: the timer starts again. */
    SKIPPED("skipped", "skipped"),
    /** Moved a few minutes on, once. */
    POSTPONED("postponed", "postponed");

    private final String code;
    private final String words;

    BreakOutcome(String code, String words) {
        this.code = code;
        this.words = words;
    }

    @Override
    public String code() {
        return code;
    }

    /** The outcome in words, for people. */
    public String words() {
        return words;
    }

    /** Whether the person moved: a break taken or time away. */
    public boolean moved() {
        return this == TAKEN || this == NATURAL;
    }
}
