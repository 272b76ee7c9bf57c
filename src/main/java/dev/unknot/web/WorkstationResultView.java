package dev.unknot.web;

import dev.unknot.workstation.Change;
import java.util.List;
import java.util.Optional;

/**
 * A workstation check's result page, already in words: when it was taken, the score and its band,
 * the changes to make and the items to check (each with its sources), what changed since the check
 * before, and every check so far.
 */
public record WorkstationResultView(
        String taken,
        int score,
        String band,
        String points,
        List<Change> fixes,
        List<Change> checks,
        Optional<Since> since,
        List<Row> history) {
    public WorkstationResultView {
        fixes = List.copyOf(fixes);
        checks = List.copyOf(checks);
        history = List.copyOf(history);
    }

    /** What changed since the check before ({@code previous}, a day in words). */
    public record Since(String previous, int previousScore, List<String> lines) {
        public Since {
            lines = List.copyOf(lines);
        }
    }

    /** One check in the list: when, the score, its band. */
    public record Row(String taken, int score, String band) {}
}
