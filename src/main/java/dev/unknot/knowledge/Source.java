package dev.unknot.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * A source the knowledge base cites: one of the seed articles ({@code file}), or a clinical
 * guideline or paper ({@code url}, its public address; empty where it has none). People see it by
 * its {@code shortTitle} ("NHS: Back pain"), linked to its address where it has one; the id and the
 * file name are for the data only.
 */
public record Source(
        String id,
        String file,
        String url,
        String title,
        String shortTitle,
        List<String> supports) {
    public Source {
        supports = List.copyOf(supports);
    }

    /** One of the seed articles, known by its file rather than an address. */
    public boolean isSeed() {
        return !file.isEmpty();
    }

    /** Its public address, where it has one. */
    public Optional<String> address() {
        return url.isEmpty() ? Optional.empty() : Optional.of(url);
    }
}
