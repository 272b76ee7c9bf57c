package dev.unknot.cli;

import dev.unknot.measure.Instrument;
import dev.unknot.measure.MeasureLog;
import dev.unknot.measure.Outcome;
import java.time.LocalDate;
import java.util.List;

/** Renders an outcome-measure result and the table of stored results for a terminal. */
final class MeasureText {
    private final Style style;

    MeasureText(Style style) {
        this.style = style;
    }

    String result(Outcome.Scored scored, LocalDate day) {
        Instrument instrument = scored.instrument();
        StringBuilder out = new StringBuilder("\n");
        out.append(
                        style.bold(
                                instrument.shortName()
                                        + " on "
                                        + day
                                        + ": "
                                        + scored.scoreText()
                                        + (scored.band().isEmpty() ? "" : " - " + scored.band())))
                .append('\n');
        if (!scored.missing().isEmpty()) {
            out.append("Skipped: item")
                    .append(scored.missing().size() > 1 ? "s " : " ")
                    .append(join(scored.missing()))
                    .append(" (allowed for in the score).\n");
        }
        out.append(instrument.note()).append('\n');
        out.append("Source: ").append(instrument.citation().reference()).append('\n');
        return out.toString();
    }

    String table(List<MeasureLog> results) {
        if (results.isEmpty()) {
            return "No outcome measures stored yet. Take one with: unknot measure odi (or nprs, rmdq, startback)\n";
        }
        StringBuilder out =
                new StringBuilder(
                        String.format(
                                "%-10s  %-9s  %-30s  %s%n", "DATE", "MEASURE", "SCORE", "BAND"));
        for (MeasureLog result : results) {
            out.append(
                            String.format(
                                            "%-10s  %-9s  %-30s  %s%n",
                                            result.takenOn(),
                                            result.instrument(),
                                            result.score(),
                                            result.band())
                                    .stripTrailing())
                    .append('\n');
        }
        return out.toString();
    }

    private static String join(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }
}
