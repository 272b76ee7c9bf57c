package dev.unknot.knowledge;

/** What the person is told for a disposition: a short label, a headline and the action to take. */
public record DispositionText(
        Disposition disposition, String label, String headline, String action) {}
