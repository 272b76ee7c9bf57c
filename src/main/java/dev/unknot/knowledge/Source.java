package dev.unknot.knowledge;

import java.util.List;

/** A source the knowledge base cites: one of the seed articles, or the guidelines. */
public record Source(String id, String file, String title, List<String> supports) {
    public Source {
        supports = List.copyOf(supports);
    }
}
