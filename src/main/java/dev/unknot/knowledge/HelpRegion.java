package dev.unknot.knowledge;

import java.util.List;

/**
 * Whom to call in one region ({@code regions.yaml}): the emergency number and the urgent line an
 * emergency or urgent result puts first, with the sources that name them.
 */
public record HelpRegion(
        String id, String name, HelpLine emergency, HelpLine urgent, List<String> sources)
        implements Cited {
    public HelpRegion {
        sources = List.copyOf(sources);
    }
}
