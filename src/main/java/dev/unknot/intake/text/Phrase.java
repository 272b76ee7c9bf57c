package dev.unknot.intake.text;

import java.util.List;

/**
 * A phrase of the lexicon as words: a word ending in {@code *} matches any word it starts, {@code
 * #} matches any number.
 */
record Phrase(List<String> parts) {

    static Phrase of(String text) {
        return new Phrase(List.of(text.trim().split("\\s+")));
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
        if (part.equals("#")) {
            return token.isNumber();
        }
        if (part.endsWith("*")) {
            return token.word().startsWith(part.substring(0, part.length() - 1));
        }
        return token.word().equals(part);
    }

    /** The first word, or empty when it is a pattern that must be tried everywhere. */
    String key() {
        String first = parts.get(0);
        return first.equals("#") || first.endsWith("*") ? "" : first;
    }
}
