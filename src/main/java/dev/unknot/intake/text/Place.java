package dev.unknot.intake.text;

import dev.unknot.intake.LegNumbness;
import dev.unknot.intake.Region;
import dev.unknot.intake.Spread;
import java.util.Optional;

/** A place on the body named in a description, and what it means for each kind of question. */
enum Place {
    SPINE("spine", Region.BESIDE_SPINE, null, null),
    HIP("hip", Region.ABOVE_HIP, null, null),
    BUTTOCK("buttock", Region.ABOVE_BUTTOCKS, Spread.BUTTOCK, null),
    FLANK("flank", Region.FLANK, null, null),
    ACROSS("across", Region.ACROSS_LOWER_BACK, null, null),
    KNOT("knot", null, null, null),
    THIGH("thigh", null, Spread.THIGH, LegNumbness.ABOVE_KNEE),
    BELOW_KNEE("below-knee", null, Spread.BELOW_KNEE, LegNumbness.BELOW_KNEE),
    LEG("leg", null, Spread.THIGH, LegNumbness.ABOVE_KNEE),
    BOTH_LEGS("both-legs", null, Spread.THIGH, LegNumbness.BOTH_LEGS),
    SADDLE("saddle", null, Spread.GROIN, null);

    private final String key;
    private final Region region;
    private final Spread spread;
    private final LegNumbness legNumbness;

    Place(String key, Region region, Spread spread, LegNumbness legNumbness) {
        this.key = key;
        this.region = region;
        this.spread = spread;
        this.legNumbness = legNumbness;
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
        return legNumbness != null;
    }

    /** Numbness here is saddle numbness (genitals, buttocks, inner thighs). */
    boolean isSaddleArea() {
        return this == SADDLE || this == BUTTOCK;
    }
}
