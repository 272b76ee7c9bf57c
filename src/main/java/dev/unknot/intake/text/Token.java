package dev.unknot.intake.text;

/**
 * One word or punctuation mark of a description: the word lower-cased without apostrophes, and
 * where it sits in the original text so the evidence can quote the person's own words.
 */
record Token(String word, int start, int end, boolean punctuation, double number) {

    Token(String word, int start, int end, boolean punctuation) {
        this(word, start, end, punctuation, said(word, punctuation));
    }

    boolean is(String text) {
        return word.equals(text);
    }

    boolean isNumber() {
        return isNumber(word, punctuation);
    }

    private static boolean isNumber(String word, boolean punctuation) {
        return !punctuation && !word.isEmpty() && Character.isDigit(word.charAt(0));
    }

    /** A whole number of up to nine digits ("38", not "38.5"). */
    boolean isWhole() {
        if (punctuation || word.isEmpty() || word.length() > 9) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The number a word says, or NaN when it is not one: read once, when the token is made. */
    private static double said(String word, boolean punctuation) {
        if (punctuation || word.isEmpty()) {
            return Double.NaN;
        }
        if (!Character.isDigit(word.charAt(0))) {
            Integer said = NumberWords.NUMBERS.get(word);
            return said == null ? Double.NaN : said;
        }
        if (word.length() > 9) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(word);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Ends a sentence: nothing said before it reaches past it. */
    boolean endsSentence() {
        return punctuation
                && (word.equals(".") || word.equals(";") || word.equals("!") || word.equals("?"));
    }

    boolean isComma() {
        return punctuation && word.equals(",");
    }
}
