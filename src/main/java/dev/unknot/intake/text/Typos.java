package dev.unknot.intake.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a word with one slip of the keyboard as the lexicon's word: one letter too many or too few
 * inside it ("bladdder", "fevr") or two swapped ("wieght"). Only words of five letters or more are
 * corrected, never a word the lexicon knows, and never one listed under {@code not-typos} (real
 * words one slip away from a lexicon word, such as "saddled"). A changed letter is not corrected:
 * "fewer" is not "fever".
 */
final class Typos {
    static final int MIN_LENGTH = 5;

    private final Set<String> words;
    private final Set<String> notTypos;
    private final Map<String, String> missingOneLetter = new HashMap<>();

    Typos(Set<String> words, Set<String> notTypos) {
        this.words = Set.copyOf(words);
        this.notTypos = notTypos;
        for (String word : words) {
            if (word.length() > MIN_LENGTH && isLetters(word)) {
                // a letter missing inside the word, never its first ("ladder" is not "bladder")
                for (int i = 1; i < word.length(); i++) {
                    missingOneLetter.putIfAbsent(
                            word.substring(0, i) + word.substring(i + 1), word);
                }
            }
        }
    }

    /** Words already looked at, and what they were read as ("" for themselves). */
    private final java.util.concurrent.ConcurrentHashMap<String, String> seen =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final int MAX_SEEN = 50_000;

    Optional<String> correct(String token) {
        if (token.length() < MIN_LENGTH) {
            return Optional.empty();
        }
        String known = seen.get(token);
        if (known == null) {
            if (seen.size() >= MAX_SEEN) {
                seen.clear();
            }
            known = lookUp(token).orElse("");
            seen.put(token, known);
        }
        return known.isEmpty() ? Optional.empty() : Optional.of(known);
    }

    private Optional<String> lookUp(String token) {
        if (notTypos.contains(token) || !isLetters(token)) {
            return Optional.empty();
        }
        String missing = missingOneLetter.get(token);
        if (missing != null) {
            return Optional.of(missing);
        }
        StringBuilder candidate = new StringBuilder(token);
        // a letter too many inside the word, never at its start ("asleep" is not "sleep")
        for (int i = 1; i < token.length(); i++) {
            if (i == token.length() - 1 && token.charAt(i) == 's') {
                // a plural is a word of its own: "accidents" is not a slip for "accident"
                continue;
            }
            candidate.setLength(0);
            candidate.append(token, 0, i).append(token, i + 1, token.length());
            String shorter = candidate.toString();
            if (shorter.length() >= MIN_LENGTH && words.contains(shorter)) {
                return Optional.of(shorter);
            }
        }
        char[] letters = token.toCharArray();
        for (int i = 0; i + 1 < letters.length; i++) {
            if (letters[i] == letters[i + 1]) {
                continue;
            }
            swap(letters, i);
            String swapped = new String(letters);
            swap(letters, i);
            if (words.contains(swapped)) {
                return Optional.of(swapped);
            }
        }
        return Optional.empty();
    }

    private static void swap(char[] letters, int i) {
        char first = letters[i];
        letters[i] = letters[i + 1];
        letters[i + 1] = first;
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < 'a' || word.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }
}
