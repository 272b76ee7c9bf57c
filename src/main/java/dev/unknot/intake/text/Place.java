package dev.unknot.intake.text;

import dev.unknot.intake.LegNumbness;
import dev.unknot.intake.Region;
import dev.unknot.intake.Spread;
import java.util.Optional;

/** A place on the body named in a description, and what it means for each kind of question. */
enum Place {
    SPINE("spine", Region.BESIDE_SPINE, null, null, false),
    HIP("hip", Region.ABOVE_HIP, null, null, false),
    BUTTOCK("buttock", Region.ABOVE_BUTTOCKS, Spread.BUTTOCK, null, false),
    FLANK("flank", Region.FLANK, null, null, false),
    ACROSS("across", Region.ACROSS_LOWER_BACK, null, null, false),
    KNOT("knot", null, null, null, false),
    THIGH("thigh", null, Spread.THIGH, LegNumbness.ABOVE_KNEE, true),
    BELOW_KNEE("below-knee", null, Spread.BELOW_KNEE, LegNumbness.BELOW_KNEE, true),
    /** A leg, without saying how far down: it settles no level. */
    LEG("leg", null, null, null, true),
    BOTH_LEGS("both-legs", null, null, LegNumbness.BOTH_LEGS, true),
    SADDLE("saddle", null, Spread.GROIN, null, false),
    /** The genitals: part of the saddle area, and their loss of feeling is asked by R26 too. */
    GENITALS("genitals", null, Spread.GROIN, null, false);

    private final String key;
    private final Region region;
    private final Spread spread;
    private final LegNumbness legNumbness;
    private final boolean leg;

    Place(String key, Region region, Spread spread, LegNumbness legNumbness, boolean leg) {
        this.key = key;
        this.region = region;
        this.spread = spread;
        this.legNumbness = legNumbness;
        this.leg = leg;
    }

    String key() {
        return key;
    }

    static Optional<Place> byKey(String key) {
        for (Place place : values()) {
            if (place.key.equals(key)) {
                return Optional.of(place);
            }
        }
        return Optional.empty();
    }

    /** The lower-back region this place names, if it is one. */
    Optional<Region> region() {
        return Optional.ofNullable(region);
    }

    /** How far pain spreading to this place reaches. */
    Optional<Spread> spread() {
        return Optional.ofNullable(spread);
    }

    /** Numbness here counts as numbness down a leg, this far. */
    Optional<LegNumbness> legNumbness() {
        return Optional.ofNullable(legNumbness);
    }

    boolean isLeg() {
        return leg;
    }

    /**
     * Numbness here is saddle numbness (genitals, inner thighs, back passage). Numbness of the
     * buttocks alone is not enough to settle it: the question is asked.
     */
    boolean isSaddleArea() {
        return this == SADDLE || this == GENITALS;
    }
}
