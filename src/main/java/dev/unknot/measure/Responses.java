package dev.unknot.measure;

import dev.unknot.intake.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The item scores of one questionnaire in item order; an empty entry is an item left unanswered.
 * Written as text the way it is stored: {@code "3,2,-,1"}.
 */
public record Responses(List<Optional<Integer>> scores) {
    private static final String MISSING = "-";

    public Responses {
        scores = List.copyOf(scores);
    }

    /** Reads {@code "3,2,-,1"}: whole numbers, {@code -} for a missing item. */
    public static Responses parse(String text) {
        List<Optional<Integer>> scores = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String value = part.trim();
            if (value.equals(MISSING)) {
                scores.add(Optional.empty());
                continue;
            }
            try {
                scores.add(Optional.of(Integer.parseInt(value)));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(
                        "responses",
                        "item "
                                + (scores.size() + 1)
                                + " must be a whole number or '-', was '"
                                + value
                                + "'");
            }
        }
        return new Responses(scores);
    }

    public int size() {
        return scores.size();
    }

    /** The score of item {@code number} (from 1), empty when it was not answered. */
    public Optional<Integer> score(int number) {
        return scores.get(number - 1);
    }

    /** The numbers (from 1) of the items left unanswered. */
    public List<Integer> missing() {
        List<Integer> missing = new ArrayList<>();
        for (int index = 0; index < scores.size(); index++) {
            if (scores.get(index).isEmpty()) {
                missing.add(index + 1);
            }
        }
        return missing;
    }

    public int answered() {
        return scores.size() - missing().size();
    }

    /** The sum of the answered items' scores. */
    public int sum() {
        return scores.stream().flatMap(Optional::stream).mapToInt(Integer::intValue).sum();
    }

    /** The stored form, e.g. {@code "3,2,-,1"}. */
    public String format() {
        return scores.stream()
                .map(score -> score.map(String::valueOf).orElse(MISSING))
                .collect(Collectors.joining(","));
    }
}
