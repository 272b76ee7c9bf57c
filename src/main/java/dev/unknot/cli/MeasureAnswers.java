package dev.unknot.cli;

import dev.unknot.measure.Choice;
import dev.unknot.measure.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads what a person typed for a questionnaire item: the choice's key ({@code 3}, {@code yes}),
 * its words ({@code very much}) or other words for it ({@code yes} for agree), or the start of the
 * key or words when that points to one choice only ({@code y}, {@code agr}).
 */
final class MeasureAnswers {
    private MeasureAnswers() {}

    /** The choice typed, or empty when it is none of the item's choices. */
    static Optional<Choice> parse(Item item, String typed) {
        String text = typed.trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (Choice choice : item.choices()) {
            if (choice.matches(text)) {
                return Optional.of(choice);
            }
        }
        List<Choice> matches = new ArrayList<>();
        for (Choice choice : item.choices()) {
            String key = choice.key().toLowerCase(Locale.ROOT);
            String label = choice.label().toLowerCase(Locale.ROOT);
            boolean wordy = !Character.isDigit(key.charAt(0));
            if ((wordy && key.startsWith(text)) || (text.length() >= 3 && label.startsWith(text))) {
                matches.add(choice);
            }
        }
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /**
     * Whether the choices are long enough to be listed one a line under the item (the Oswestry
     * statements).
     */
    static boolean listed(Item item) {
        return !item.choices().stream()
                .allMatch(
                        choice ->
                                choice.key().equals(choice.label())
                                        || choice.label().startsWith(choice.key()));
    }

    /**
     * The allowed answers in words: {@code "yes / no"}, {@code "a number from 0 (no pain) to 10
     * (...)"}, or for listed choices one {@code " 3) words"} line each.
     */
    static String allowed(Item item) {
        List<Choice> choices = item.choices();
        if (listed(item)) {
            return choices.stream()
                    .map(choice -> "  " + choice.key() + ") " + choice.label())
                    .collect(Collectors.joining("\n"));
        }
        if (choices.stream().allMatch(choice -> choice.key().equals(choice.label()))) {
            return choices.stream().map(Choice::key).collect(Collectors.joining(" / "));
        }
        return "a number from "
                + choices.get(0).label()
                + " to "
                + choices.get(choices.size() - 1).label();
    }

    /**
     * The keys only, for a short reminder after a bad answer: {@code "0-5"} or {@code "yes / no"}.
     */
    static String keys(Item item) {
        List<Choice> choices = item.choices();
        boolean numbered =
                choices.stream()
                        .allMatch(choice -> choice.key().chars().allMatch(Character::isDigit));
        if (numbered) {
            return choices.get(0).key() + "-" + choices.get(choices.size() - 1).key();
        }
        return choices.stream().map(Choice::key).collect(Collectors.joining(" / "));
    }
}
