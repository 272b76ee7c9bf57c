package dev.unknot.measure;

import java.util.List;

/**
 * One allowed answer to an item: what to type ({@code key}), the words shown, the points it scores,
 * and other words that mean the same ({@code also}: "yes" for "agree").
 */
public record Choice(String key, String label, int score, List<String> also) {
    public Choice {
        also = List.copyOf(also);
        if (key.isBlank() || key.contains(",")) {
            throw new IllegalArgumentException(
                    "a choice key must be non-empty text without commas, was '" + key + "'");
        }
    }

    public Choice(String key, String label, int score) {
        this(key, label, score, List.of());
    }

    /**
     * Whether {@code typed} is this choice's key, words or one of its other words, ignoring case.
     */
    public boolean matches(String typed) {
        return key.equalsIgnoreCase(typed)
                || label.equalsIgnoreCase(typed)
                || also.stream().anyMatch(word -> word.equalsIgnoreCase(typed));
    }
}
