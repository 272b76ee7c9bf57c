package dev.unknot.intake.text;

import java.util.List;

/**
 * A phrase of the lexicon as words: a word ending in {@code *} matches any word it starts, {@code
 * #} any number ({@link #matchesNumber} for the named kinds of number), and {@code a|b} either
 * word.
 */
record Phrase(List<String> parts, List<Part> compiled) {

    /** One word of a phrase, compiled once: a word, a pattern, a number or alternatives. */
    private record Part(String word, String prefix, String number, List<Part> alternatives) {
        static Part of(String text) {
            if (text.indexOf('|') >= 0) {
                return new Part(
                        null,
                        null,
                        null,
                        java.util.Arrays.stream(text.split("\\|")).map(Part::of).toList());
            }
            if (text.startsWith("#")) {
                return new Part(null, null, text, null);
            }
            if (text.endsWith("*")) {
                return new Part(null, text.substring(0, text.length() - 1), null, null);
            }
            return new Part(text, null, null, null);
        }

        boolean matches(Token token) {
            if (word != null) {
                return token.word().equals(word);
            }
            if (prefix != null) {
                return token.word().startsWith(prefix);
            }
            if (number != null) {
                return matchesNumber(number, token.number());
            }
            for (Part alternative : alternatives) {
                if (alternative.matches(token)) {
                    return true;
                }
            }
            return false;
        }
    }

    Phrase(List<String> parts) {
        this(parts, parts.stream().map(Part::of).toList());
    }

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
        if (from + compiled.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < compiled.size(); i++) {
            Token token = tokens.get(from + i);
            if (token.punctuation() || !compiled.get(i).matches(token)) {
                return false;
            }
        }
        return true;
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
        return first.startsWith("#") || first.endsWith("*") || first.contains("|") ? "" : first;
    }

    /**
     * The phrase once for each alternative of its first word ("lost|dropped # kg" is "lost # kg"
     * and "dropped # kg"), so each is found by its first word.
     */
    List<Phrase> byFirstWord() {
        String first = parts.get(0);
        if (!first.contains("|")) {
            return List.of(this);
        }
        List<Phrase> phrases = new java.util.ArrayList<>();
        for (String alternative : first.split("\\|")) {
            List<String> words = new java.util.ArrayList<>(parts);
            words.set(0, alternative);
            phrases.add(new Phrase(List.copyOf(words)));
        }
        return phrases;
    }
}
