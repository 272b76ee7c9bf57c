package dev.unknot.measure;

/** One allowed answer to an item: what to type ({@code key}), the words shown, and the points it scores. */
public record Choice(String key, String label, int score) {
    public Choice {
        if (key.isBlank() || key.contains(",")) {
            throw new IllegalArgumentException("a choice key must be non-empty text without commas, was '" + key + "'");
        }
    }
}
