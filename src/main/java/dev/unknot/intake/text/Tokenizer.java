package dev.unknot.intake.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a description into words and the punctuation that matters for reading it. Apostrophes
 * vanish ("don't" becomes "dont"), digits and letters part ("5kg" becomes "5", "kg"), hyphens and
 * other marks separate words, and a line break ends a sentence like a full stop.
 */
final class Tokenizer {

    private static final String KEPT_PUNCTUATION = ",.;!?/";

    private Tokenizer() {}

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int start = -1;
        int end = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (word.length() > 0
                        && Character.isDigit(c)
                                != Character.isDigit(word.charAt(word.length() - 1))) {
                    tokens.add(new Token(word.toString(), start, end, false));
                    word.setLength(0);
                }
                if (word.length() == 0) {
                    start = i;
                }
                word.append(Character.toLowerCase(c));
                end = i + 1;
                continue;
            }
            if ((c == '\'' || c == '\u2019') && word.length() > 0) {
                continue;
            }
            if (word.length() > 0) {
                tokens.add(new Token(word.toString(), start, end, false));
                word.setLength(0);
            }
            if (KEPT_PUNCTUATION.indexOf(c) >= 0) {
                tokens.add(new Token(String.valueOf(c), i, i + 1, true));
            } else if (c == '\n' || c == '\r') {
                tokens.add(new Token(".", i, i, true));
            }
        }
        if (word.length() > 0) {
            tokens.add(new Token(word.toString(), start, end, false));
        }
        return tokens;
    }
}
