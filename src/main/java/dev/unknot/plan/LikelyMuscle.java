package dev.unknot.plan;

import dev.unknot.intake.Region;
import dev.unknot.knowledge.Cited;
import dev.unknot.knowledge.Muscle;
import java.util.List;

/** A muscle likely behind the knot, the region that points to it, and why. */
public record LikelyMuscle(Muscle muscle, Region region, String why, List<String> sources)
        implements Cited {
    public LikelyMuscle {
        sources = List.copyOf(sources);
    }
}
