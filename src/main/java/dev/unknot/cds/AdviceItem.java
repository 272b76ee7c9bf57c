package dev.unknot.cds;

import dev.unknot.knowledge.Disposition;
import java.util.Optional;

/**
 * One piece of advice unknot's rules give over a person's record, in words: what kind it is, how
 * serious ({@code disposition}), a one-line {@code summary}, the {@code detail} (markdown, the rule
 * id after the words), the rule that gave it and the source it rests on ({@code sourceLabel}, with
 * its address where it has one).
 */
public record AdviceItem(
        Kind kind,
        Disposition disposition,
        String summary,
        String detail,
        String rule,
        String sourceLabel,
        Optional<String> sourceUrl) {

    /** Whether the advice is the triage of the latest answers or a follow-up escalation. */
    public enum Kind {
        DISPOSITION,
        ESCALATION
    }

    public AdviceItem {
        if (summary.isBlank() || sourceLabel.isBlank()) {
            throw new IllegalArgumentException("advice needs a summary and a source");
        }
    }
}
