package dev.unknot.measure;

/** A named range of scores, both ends included, e.g. ODI 21-40 "moderate disability". */
public record Band(int from, int to, String name) {
    public Band {
        if (from > to) {
            throw new IllegalArgumentException(
                    "band '" + name + "' runs from " + from + " down to " + to);
        }
    }

    public boolean contains(int score) {
        return score >= from && score <= to;
    }
}
