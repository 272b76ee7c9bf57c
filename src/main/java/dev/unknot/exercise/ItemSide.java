package dev.unknot.exercise;

import dev.unknot.intake.Coded;

/** Which side an exercise of the plan is done on: left only, right only, or both in turn. */
public enum ItemSide implements Coded {
    LEFT("left", "left side only"),
    RIGHT("right", "right side only"),
    BOTH("both", "both sides");

    private final String code;
    private final String words;

    ItemSide(String code, String words) {
        this.code = code;
        this.words = words;
    }

    @Override
    public String code() {
        return code;
    }

    /** What a person reads: "left side only". */
    public String words() {
        return words;
    }
}
