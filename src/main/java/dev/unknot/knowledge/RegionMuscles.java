package dev.unknot.knowledge;

import dev.unknot.intake.Region;
import java.util.List;

/** The muscles likely behind a knot in one region, and why. */
public record RegionMuscles(Region region, List<Muscle> muscles, String why, List<String> sources)
        implements Cited {
    public RegionMuscles {
        muscles = List.copyOf(muscles);
        sources = List.copyOf(sources);
    }
}
