package dev.unknot.measure;

import java.util.List;
import java.util.Optional;

/**
 * One question of an instrument, numbered from 1 as on the published form, in plain words of our
 * own, with its allowed answers.
 */
public record Item(int number, String text, List<Choice> choices) {
    public Item {
        choices = List.copyOf(choices);
        if (number < 1) {
            throw new IllegalArgumentException("item numbers start at 1, was " + number);
        }
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("item " + number + " has no choices");
        }
    }

    /** The highest score this item can give. */
    public int maxScore() {
        return choices.stream().mapToInt(Choice::score).max().orElseThrow();
    }

    /** Whether {@code score} is a score one of the choices gives. */
    public boolean allows(int score) {
        return choices.stream().anyMatch(choice -> choice.score() == score);
    }

    /** The choice with exactly this key (case-insensitive). */
    public Optional<Choice> choice(String key) {
        return choices.stream().filter(choice -> choice.key().equalsIgnoreCase(key)).findFirst();
    }
}
