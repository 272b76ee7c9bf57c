package dev.unknot.cli;

import dev.unknot.knowledge.Source;
import dev.unknot.pathway.WorkstationChecks;
import dev.unknot.workstation.Change;
import dev.unknot.workstation.Checklist;
import dev.unknot.workstation.Comparison;
import dev.unknot.workstation.Result;
import dev.unknot.workstation.StoredCheck;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders a workstation check's result, its comparison and the list of checks for a terminal. */
final class WorkstationText {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private final Style style;
    private final ZoneId zone;

    WorkstationText(Style style, ZoneId zone) {
        this.style = style;
        this.zone = zone;
    }

    /** "12 March 2026", in the program's time zone. */
    String day(Instant at) {
        return DAY.format(at.atZone(zone));
    }

    String result(WorkstationChecks.Taken taken) {
        Result result = taken.result();
        StringBuilder out = new StringBuilder("\n");
        out.append(
                        style.bold(
                                "Your workstation check on "
                                        + day(taken.check().takenAt())
                                        + ": "
                                        + result.score()
                                        + "% - "
                                        + result.band().name()))
                .append(" (")
                .append(result.pointsText())
                .append(")\n");
        if (!result.fixes().isEmpty()) {
            out.append('\n')
                    .append(style.bold("Changes to make, the most important first"))
                    .append('\n');
            int number = 1;
            for (Change change : result.fixes()) {
                out.append(
                        String.format(
                                "  %d. %s: %s%n",
                                number++, capital(change.item().name()), change.text()));
                out.append("     ").append(style.dim(sources(change.sources()))).append('\n');
            }
        }
        if (!result.checks().isEmpty()) {
            out.append('\n').append(style.bold("To check (you were not sure)")).append('\n');
            for (Change change : result.checks()) {
                out.append("  - ")
                        .append(capital(change.item().question()))
                        .append(" If not: ")
                        .append(change.text())
                        .append('\n');
                out.append("    ").append(style.dim(sources(change.sources()))).append('\n');
            }
        }
        if (result.changes().isEmpty()) {
            out.append("Nothing to change: your desk is set up the way the guidance describes.\n");
        }
        taken.comparison().ifPresent(comparison -> out.append(comparison(comparison)));
        return out.toString();
    }

    String comparison(Comparison comparison) {
        String previous = day(comparison.previousAt());
        StringBuilder out = new StringBuilder("\n");
        out.append(
                        style.bold(
                                "Since your last check ("
                                        + previous
                                        + "): "
                                        + comparison.previousScore()
                                        + "% then, "
                                        + comparison.score()
                                        + "% now"))
                .append('\n');
        for (Comparison.Movement movement : Comparison.Movement.values()) {
            for (Comparison.Line line : comparison.lines(movement)) {
                out.append("  - ").append(line.words(previous)).append('\n');
            }
        }
        return out.toString();
    }

    String history(List<StoredCheck> checks, Checklist checklist) {
        if (checks.isEmpty()) {
            return "No workstation checks stored yet. Take one with: unknot workstation\n";
        }
        StringBuilder out =
                new StringBuilder(
                        String.format(
                                "%-16s  %-5s  %-38s  %s%n", "TAKEN", "SCORE", "BAND", "TO CHANGE"));
        for (StoredCheck check : checks) {
            Result result = checklist.score(checklist.completed(check.answers()));
            out.append(
                            String.format(
                                            "%-16s  %-5s  %-38s  %s",
                                            WHEN.format(check.takenAt().atZone(zone)),
                                            check.score() + "%",
                                            checklist.band(check.score()).name(),
                                            result.fixes().size()
                                                    + (result.checks().isEmpty()
                                                            ? ""
                                                            : " ("
                                                                    + result.checks().size()
                                                                    + " to check)"))
                                    .stripTrailing())
                    .append('\n');
        }
        return out.toString();
    }

    private static String sources(List<Source> sources) {
        return (sources.size() == 1 ? "Source: " : "Sources: ")
                + sources.stream().map(Source::shortTitle).collect(Collectors.joining("; "));
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
