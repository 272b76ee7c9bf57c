package dev.unknot.knowledge;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} placeholders in the knowledge files' words, so a number lives once in its
 * file and every sentence that mentions it is built from it.
 */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private Placeholders() {}

    /** The template with each placeholder replaced by its value. */
    public static String fill(String template, Map<String, ?> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException(
                        "no value for {" + matcher.group(1) + "} in: " + template);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The first placeholder of the template not among {@code known}, if any. */
    static java.util.Optional<String> unknown(String template, Set<String> known) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (!known.contains(matcher.group(1))) {
                return java.util.Optional.of(matcher.group(1));
            }
        }
        return java.util.Optional.empty();
    }
}
