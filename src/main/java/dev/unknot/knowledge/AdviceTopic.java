package dev.unknot.knowledge;

import java.util.List;

/** A topic of general advice ("Keep moving") and its points, each with its own sources. */
public record AdviceTopic(String id, String heading, List<Advice> points) {
    public AdviceTopic {
        points = List.copyOf(points);
    }
}
