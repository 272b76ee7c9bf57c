package dev.unknot.intake;

/** What the knot feels like under the fingers. */
public enum Feel implements Coded {
    TENDER_NODULE("tender-nodule"),
    TIGHT_BAND("tight-band"),
    HARD_LUMP("hard-lump"),
    SOFT_MOVABLE_LUMP("soft-movable-lump");

    private final String code;

    Feel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
