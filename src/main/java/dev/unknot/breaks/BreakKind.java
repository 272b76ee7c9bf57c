package dev.unknot.breaks;

/** A short movement break, or the longer one away from the screen after an hour's screen work. */
public enum BreakKind {
    SHORT("a short movement break"),
    LONG("a longer break away from the screen");

    private final String words;

    BreakKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
