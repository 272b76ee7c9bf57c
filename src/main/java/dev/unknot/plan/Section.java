package dev.unknot.plan;

/** The parts of a self-care session, in the order they are done, each with its name in words. */
public enum Section {
    HEAT_COLD("heat-cold", "Heat or cold"),
    MASSAGE("massage", "Self-massage"),
    STRETCH("stretch", "Stretch"),
    EXERCISE("exercise", "Exercise"),
    COOL_DOWN("cool-down", "Cool down");

    private final String code;
    private final String words;

    Section(String code, String words) {
        this.code = code;
        this.words = words;
    }

    public String code() {
        return code;
    }

    /** What a person reads: "Heat or cold". */
    public String words() {
        return words;
    }
}
