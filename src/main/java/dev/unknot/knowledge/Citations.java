package dev.unknot.knowledge;

import java.util.Set;

/** Checks that a knowledge entry cites at least one source, and only sources that exist. */
final class Citations {
    private final Set<String> known;

    Citations(Set<String> known) {
        this.known = Set.copyOf(known);
    }

    <T extends Cited> T check(Node node, T entry) {
        if (entry.sources().isEmpty()) {
            throw node.problem("cites no source");
        }
        for (String id : entry.sources()) {
            if (!known.contains(id)) {
                throw node.problem(
                        "cites unknown source '"
                                + id
                                + "' (known: "
                                + new java.util.TreeSet<>(known)
                                + ")");
            }
        }
        return entry;
    }
}
