package dev.unknot.knowledge;

import java.util.List;

/**
 * A source the knowledge base cites: one of the seed articles ({@code file}), or a clinical
 * guideline or paper ({@code url}, its public address; empty where it has none).
 */
public record Source(String id, String file, String url, String title, List<String> supports) {
    public Source {
        supports = List.copyOf(supports);
    }
}
