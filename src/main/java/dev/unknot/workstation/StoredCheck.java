package dev.unknot.workstation;

import java.time.Instant;

/** A workstation check as kept: its id, when it was taken, the answers and the score then. */
public record StoredCheck(long id, Instant takenAt, Answers answers, int score) {}
