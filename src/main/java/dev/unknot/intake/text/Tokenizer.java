package dev.unknot.intake.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a description into words and the punctuation that matters for reading it. Apostrophes
 * vanish ("don't" becomes "dont"), digits and letters part ("5kg" becomes "5", "kg"), hyphens and
 * other marks separate words, and a line break ends a sentence like a full stop. A decimal stays
 * one number ("38.5"), "&" reads as "and", and the clinical "+ve" and "-ve" as "positive" and
 * "negative".
 */
final class Tokenizer {

    private static final String KEPT_PUNCTUATION = ",.;!?/";

    private Tokenizer() {}

    private static boolean digitAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isDigit(text.charAt(i));
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int start = -1;
        int end = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                char last = word.length() > 0 ? word.charAt(word.length() - 1) : ' ';
                if (word.length() > 0
                        && Character.isDigit(c) != (Character.isDigit(last) || last == '.')) {
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
            if (c == '.'
                    && word.length() > 0
                    && Character.isDigit(word.charAt(word.length() - 1))
                    && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i + 1))) {
                // a decimal: 38.5 is one number, not the end of a sentence
                word.append(c);
                end = i + 1;
                continue;
            }
            if ((c == '+' || c == '-')
                    && word.length() == 0
                    && text.regionMatches(true, i + 1, "ve", 0, 2)
                    && (i + 3 >= text.length() || !Character.isLetter(text.charAt(i + 3)))) {
                // clinical shorthand: "+ve" is positive, "-ve" negative
                tokens.add(new Token(c == '+' ? "positive" : "negative", i, i + 3, false));
                i += 2;
                continue;
            }
            if (word.length() > 0) {
                tokens.add(new Token(word.toString(), start, end, false));
                word.setLength(0);
            }
            if (Character.isSurrogate(c) || Character.getType(c) == Character.OTHER_SYMBOL) {
                // an emoji ends a thought the way a full stop does: "my leg is numb 😕 knot
                // above my hip"
                if (!tokens.isEmpty() && !tokens.get(tokens.size() - 1).punctuation()) {
                    tokens.add(new Token(".", i, i, true));
                }
                continue;
            }
            if (c == '/' && !(digitAt(text, i - 1) && digitAt(text, i + 1))) {
                // "cough/sneeze" is two words; "7/10" and "3/52" stay fractions
                continue;
            }
            if (c == '?' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                // clinical shorthand: "?wt loss" is a query, not a question mark
                tokens.add(new Token("query", i, i + 1, false));
                continue;
            }
            if (c == '&') {
                tokens.add(new Token("and", i, i + 1, false));
            } else if (KEPT_PUNCTUATION.indexOf(c) >= 0) {
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
