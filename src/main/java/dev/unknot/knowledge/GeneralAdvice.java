package dev.unknot.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * What trusted advice also says beyond the knot ({@code general-advice.yaml}): keeping active, pain
 * relief to talk over with a pharmacist, what recovery usually looks like, and where to get help.
 */
public record GeneralAdvice(List<AdviceTopic> topics, List<HelpOption> help) {
    public GeneralAdvice {
        topics = List.copyOf(topics);
        help = List.copyOf(help);
    }

    /** Every cited entry, in order: the points of each topic, then the places to get help. */
    public List<Cited> entries() {
        List<Cited> entries = new ArrayList<>();
        topics.forEach(topic -> entries.addAll(topic.points()));
        entries.addAll(help);
        return entries;
    }
}
