package dev.unknot.knowledge;

/**
 * The words for what happens next time, after a suggestion's reason; {@code {amount}} and {@code
 * {exercise}} are filled in with the new dose and the variant's name.
 */
public record NextWords(
        String more,
        String harder,
        String top,
        String same,
        String fewer,
        String easier,
        String lowest) {}
