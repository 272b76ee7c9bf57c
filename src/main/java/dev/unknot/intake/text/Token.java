package dev.unknot.intake.text;

/**
 * One word or punctuation mark of a description: the word lower-cased without apostrophes, and
 * where it sits in the original text so the evidence can quote the person's own words.
 */
record Token(String word, int start, int end, boolean punctuation) {

    boolean is(String text) {
        return word.equals(text);
    }

    boolean isNumber() {
        return !punctuation && !word.isEmpty() && Character.isDigit(word.charAt(0));
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
