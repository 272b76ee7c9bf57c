package dev.unknot.knowledge;

/** What the person is told for a disposition: a headline and the action to take. */
public record DispositionText(Disposition disposition, String headline, String action) {
}
