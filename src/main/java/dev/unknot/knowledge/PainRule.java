package dev.unknot.knowledge;

import java.util.List;

/** The pain-monitoring rule in plain words, as a printed handout shows it, with its sources. */
public record PainRule(String text, List<String> sources) implements Cited {
    public PainRule {
        sources = List.copyOf(sources);
    }
}
