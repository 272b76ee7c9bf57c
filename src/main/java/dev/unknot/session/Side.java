package dev.unknot.session;

/** Which side a timed unit is done on: left then right for a per-side dose, centre otherwise. */
public enum Side {
    LEFT("left"),
    RIGHT("right"),
    CENTRE("centre");

    private final String words;

    Side(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
