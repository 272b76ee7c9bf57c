package dev.unknot.workstation;

import dev.unknot.intake.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a person answered in a workstation check: the key of the chosen answer by item id, in asking
 * order. Made by {@link Checklist#answers} (which checks every key) or read back from storage.
 * Immutable.
 */
public record Answers(Map<String, String> byItem) {
    private static final Pattern WORD = Pattern.compile("[a-z0-9-]+");

    public Answers {
        byItem = Collections.unmodifiableMap(new LinkedHashMap<>(byItem));
        byItem.forEach(
                (item, key) -> {
                    if (!WORD.matcher(item).matches() || !WORD.matcher(key).matches()) {
                        throw new IllegalArgumentException(
                                "item ids and answer keys are lower-case words: "
                                        + item
                                        + "="
                                        + key);
                    }
                });
    }

    /** The key answered for {@code itemId}, if it was answered. */
    public Optional<String> key(String itemId) {
        return Optional.ofNullable(byItem.get(itemId));
    }

    /** The stored form: {@code chair-height=yes;feet-flat=not-sure}. */
    public String format() {
        StringBuilder text = new StringBuilder();
        byItem.forEach(
                (item, key) ->
                        text.append(text.isEmpty() ? "" : ";")
                                .append(item)
                                .append('=')
                                .append(key));
        return text.toString();
    }

    /** Reads the stored form back; a malformed text is refused naming {@code field}. */
    public static Answers parse(String stored, String field) {
        Map<String, String> byItem = new LinkedHashMap<>();
        if (!stored.isBlank()) {
            for (String pair : stored.split(";", -1)) {
                String[] parts = pair.split("=", -1);
                if (parts.length != 2
                        || !WORD.matcher(parts[0]).matches()
                        || !WORD.matcher(parts[1]).matches()
                        || byItem.put(parts[0], parts[1]) != null) {
                    throw new InvalidInputException(
                            field, "'" + pair + "' is not ITEM=ANSWER, each item once");
                }
            }
        }
        return new Answers(byItem);
    }
}
