package dev.unknot.clinic;

/** A flag on a person's line, with what it means for them in words. */
public record Flagged(Flag flag, String words) {}
