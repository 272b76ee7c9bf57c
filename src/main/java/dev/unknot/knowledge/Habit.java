package dev.unknot.knowledge;

import dev.unknot.intake.Cause;
import java.util.List;
import java.util.Set;

/** A prevention habit; {@code forCauses} empty means it is for everyone. */
public record Habit(String id, String text, Set<Cause> forCauses, List<String> sources)
        implements Cited {
    public Habit {
        forCauses =
                forCauses.isEmpty()
                        ? Set.of()
                        : java.util.Collections.unmodifiableSet(
                                java.util.EnumSet.copyOf(forCauses));
        sources = List.copyOf(sources);
    }

    public boolean isForEveryone() {
        return forCauses.isEmpty();
    }
}
