package dev.unknot.search;

import java.util.List;

/**
 * One searchable piece of the knowledge base: a rule, a muscle, a technique, a stretch, a habit, an
 * after-care item, a stop sign or a source, with the sources it cites and where it is shown.
 */
public record Passage(String id, String kind, String title, String text, List<String> sources) {
    public Passage {
        sources = List.copyOf(sources);
    }

    /** Where the sources page shows this passage. */
    public String link() {
        return "/sources#" + id;
    }
}
