package dev.unknot.intake.text;

import java.util.List;

/**
 * A phrase of the lexicon as words: a word ending in {@code *} matches any word it starts, {@code
 * #} any number ({@link #matchesNumber} for the named kinds of number).
 */
record Phrase(List<String> parts) {

    private static final java.util.Set<String> NUMBERS =
            java.util.Set.of("#", "#year", "#feverc", "#feverf", "#fever");

    static Phrase of(String text) {
        List<String> parts = List.of(text.trim().split("\\s+"));
        for (String part : parts) {
            if (part.startsWith("#") && !NUMBERS.contains(part)) {
                throw new IllegalArgumentException(
                        "unknown number pattern " + part + "; use one of " + NUMBERS);
            }
        }
        return new Phrase(parts);
    }

    int length() {
        return parts.size();
    }

    boolean matchesAt(List<Token> tokens, int from) {
        if (from + parts.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            Token token = tokens.get(from + i);
            if (token.punctuation() || !matches(parts.get(i), token)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(String part, Token token) {
        if (part.startsWith("#")) {
            return matchesNumber(part, token.number());
        }
        if (part.endsWith("*")) {
            return token.word().startsWith(part.substring(0, part.length() - 1));
        }
        return token.word().equals(part);
    }

    /**
     * "#" is any number, "#year" a year (1900-2099), "#feverc" a fever in Celsius (38 or more),
     * "#feverf" one in Fahrenheit (100.4 or more), "#fever" either.
     */
    private static boolean matchesNumber(String part, double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        boolean celsius = value >= 38 && value <= 45;
        boolean fahrenheit = value >= 100.4 && value <= 113;
        return switch (part) {
            case "#" -> true;
            case "#year" -> value >= 1900 && value <= 2099 && value == Math.rint(value);
            case "#feverc" -> celsius;
            case "#feverf" -> fahrenheit;
            case "#fever" -> celsius || fahrenheit;
            default -> throw new IllegalStateException("unknown number pattern " + part);
        };
    }

    /** The first word, or empty when it is a pattern that must be tried everywhere. */
    String key() {
        String first = parts.get(0);
        return first.startsWith("#") || first.endsWith("*") ? "" : first;
    }
}
