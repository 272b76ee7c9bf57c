package dev.unknot.breaks;

import dev.unknot.intake.Coded;

/** Where the breaks are taken: at work (no mat, nothing on the floor) or at home. */
public enum Place implements Coded {
    OFFICE("office"),
    HOME("home");

    private final String code;

    Place(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
