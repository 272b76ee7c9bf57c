package dev.unknot.intake;

/** Where on the lower back the knot is felt. */
public enum Region implements Coded {
    BESIDE_SPINE("beside-spine"),
    ABOVE_HIP("above-hip"),
    ABOVE_BUTTOCKS("above-buttocks"),
    FLANK("flank"),
    ACROSS_LOWER_BACK("across-lower-back");

    private final String code;

    Region(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
