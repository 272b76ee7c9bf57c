package dev.unknot.intake.text;

import java.util.HashMap;
import java.util.Map;

/** Numbers said in words ("three stone lighter", "twenty-six"), in one place for the reader. */
final class NumberWords {
    /** "zero" to "twenty", and the tens to "ninety". */
    static final Map<String, Integer> NUMBERS =
            Map.ofEntries(
                    Map.entry("zero", 0),
                    Map.entry("one", 1),
                    Map.entry("two", 2),
                    Map.entry("three", 3),
                    Map.entry("four", 4),
                    Map.entry("five", 5),
                    Map.entry("six", 6),
                    Map.entry("seven", 7),
                    Map.entry("eight", 8),
                    Map.entry("nine", 9),
                    Map.entry("ten", 10),
                    Map.entry("eleven", 11),
                    Map.entry("twelve", 12),
                    Map.entry("thirteen", 13),
                    Map.entry("fourteen", 14),
                    Map.entry("fifteen", 15),
                    Map.entry("sixteen", 16),
                    Map.entry("seventeen", 17),
                    Map.entry("eighteen", 18),
                    Map.entry("nineteen", 19),
                    Map.entry("twenty", 20),
                    Map.entry("thirty", 30),
                    Map.entry("forty", 40),
                    Map.entry("fifty", 50),
                    Map.entry("sixty", 60),
                    Map.entry("seventy", 70),
                    Map.entry("eighty", 80),
                    Map.entry("ninety", 90));

    /** Vague amounts read as their least: "a couple" is 2, "a few" and "several" 3. */
    private static final Map<String, Integer> QUANTITIES =
            Map.ofEntries(
                    Map.entry("a", 1),
                    Map.entry("an", 1),
                    Map.entry("couple", 2),
                    Map.entry("few", 3),
                    Map.entry("several", 3));

    private NumberWords() {}

    static Map<String, Integer> withQuantities() {
        Map<String, Integer> all = new HashMap<>(NUMBERS);
        all.putAll(QUANTITIES);
        return Map.copyOf(all);
    }
}
