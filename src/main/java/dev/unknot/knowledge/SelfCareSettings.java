package dev.unknot.knowledge;

import java.util.List;

/**
 * When a person with no clinician may start strengthening, and with which exercises: the last
 * {@code entries} diary entries at or below {@code maxPain}, at least {@code minHours} since the
 * pain began and no escalation; the words for each answer, with {@code {pain}}, {@code {entries}}
 * and {@code {hours}} where the numbers go.
 */
public record SelfCareSettings(
        int maxPain,
        int entries,
        int minHours,
        List<String> exercises,
        String ready,
        String tooSoon,
        String tooFewEntries,
        String painTooHigh,
        String escalated,
        List<String> sources)
        implements Cited {

    public SelfCareSettings {
        exercises = List.copyOf(exercises);
        sources = List.copyOf(sources);
    }
}
