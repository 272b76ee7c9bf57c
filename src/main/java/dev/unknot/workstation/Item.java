package dev.unknot.workstation;

import dev.unknot.knowledge.Source;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One question of the workstation check with the answers it takes (the last always "not sure"), its
 * weight (1-3), the change to make when the answer falls short, the sources behind it and the
 * prevention habits ({@code care.yaml}) it belongs to.
 */
public record Item(
        String id,
        String group,
        String name,
        String question,
        int weight,
        List<Choice> choices,
        String change,
        List<Source> sources,
        List<String> habits) {
    private static final Map<String, String> SHORT_FORMS =
            Map.of(
                    "y", "yes",
                    "n", "no",
                    "unsure", Choice.NOT_SURE_KEY,
                    "not sure", Choice.NOT_SURE_KEY,
                    "don't know", Choice.NOT_SURE_KEY,
                    "dont know", Choice.NOT_SURE_KEY,
                    "idk", Choice.NOT_SURE_KEY);

    public Item {
        choices = List.copyOf(choices);
        sources = List.copyOf(sources);
        habits = List.copyOf(habits);
    }

    /**
     * The answer {@code typed} names: its key, its label, its number in the list (1 for the first),
     * or a usual short form ("y", "n", "unsure", "don't know"); case and surrounding spaces do not
     * matter.
     */
    public Optional<Choice> choice(String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        String key = SHORT_FORMS.getOrDefault(wanted, wanted);
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            if (choice.key().equals(key)
                    || choice.label().toLowerCase(Locale.ROOT).equals(wanted)
                    || String.valueOf(i + 1).equals(wanted)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }

    /** The keys, for messages: {@code "yes, no, not-sure"}. */
    public String keys() {
        return String.join(", ", choices.stream().map(Choice::key).toList());
    }
}
