package dev.unknot.knowledge;

import java.util.List;

/** A single piece of advice in plain words with its sources (after-care, cautions, notes). */
public record Advice(String id, String text, List<String> sources) implements Cited {
    public Advice {
        sources = List.copyOf(sources);
    }
}
