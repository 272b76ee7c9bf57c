package dev.unknot.diary;

import dev.unknot.knowledge.Cited;
import dev.unknot.knowledge.Disposition;
import java.util.List;

/**
 * Advice raised by a follow-up rule after a diary entry: which rule, what to do, why, and its
 * sources.
 */
public record Escalation(
        String rule,
        String name,
        Disposition disposition,
        String advice,
        String detail,
        List<String> sources)
        implements Cited {
    public Escalation {
        sources = List.copyOf(sources);
    }
}
