package dev.unknot.knowledge;

import java.util.List;

/** A muscle that commonly holds lower back knots, and where it lies in plain words. */
public record Muscle(String id, String name, String where, List<String> sources) implements Cited {
    public Muscle {
        sources = List.copyOf(sources);
    }
}
