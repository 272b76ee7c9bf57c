package dev.unknot.workstation;

/** A named range of scores (percent, both ends included), e.g. 80-99 "mostly well set up". */
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
