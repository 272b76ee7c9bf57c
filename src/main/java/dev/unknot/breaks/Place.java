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

    /** The place of {@code code}, or an error naming {@code field}. */
    public static Place of(String field, String code) {
        return Coded.fromCode(Place.class, code)
                .orElseThrow(
                        () ->
                                new dev.unknot.intake.InvalidInputException(
                                        field, "must be office or home, was '" + code + "'"));
    }
}
