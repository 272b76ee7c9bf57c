package dev.unknot.record;

import dev.unknot.assessment.SavedAssessment;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.RaisedEscalation;
import dev.unknot.intake.Coded;
import dev.unknot.measure.MeasureLog;
import dev.unknot.session.SessionLog;
import dev.unknot.session.StepResult;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A person's record as one CSV table (RFC 4180), a row per item, for spreadsheets: {@code kind}
 * says whether a row is an assessment, a diary entry, a guided session, an outcome measure or
 * escalation advice. The versions of the individual exercise plan are left out: they are in the
 * JSON export only.
 */
public final class RecordCsv {
    static final String HEADER = "kind,date,time,pain,disposition,activities,rule,text";

    public String write(PersonRecord record) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (SavedAssessment saved : record.assessments()) {
            row(
                    out,
                    "assessment",
                    saved.at().toString().substring(0, 10),
                    saved.at().toString(),
                    "",
                    saved.disposition().name(),
                    "",
                    "",
                    "");
        }
        for (DiaryEntry entry : record.diary()) {
            row(
                    out,
                    "diary",
                    entry.date().toString(),
                    entry.recordedAt().toString(),
                    Integer.toString(entry.pain().points()),
                    "",
                    entry.activities().stream().map(Coded::code).collect(Collectors.joining(";")),
                    "",
                    entry.note());
        }
        for (SessionLog session : record.sessions()) {
            long done =
                    session.steps().stream()
                            .filter(step -> step.outcome() == StepResult.DONE)
                            .count();
            row(
                    out,
                    "session",
                    session.startedAt().toString().substring(0, 10),
                    session.startedAt().toString(),
                    session.painAfter().map(pain -> Integer.toString(pain.points())).orElse(""),
                    "",
                    "",
                    "",
                    "pain before "
                            + session.painBefore().points()
                            + ", "
                            + done
                            + " of "
                            + session.steps().size()
                            + " steps done"
                            + (session.finished() ? "" : ", stopped early"));
        }
        for (MeasureLog measure : record.measures()) {
            row(
                    out,
                    "measure",
                    measure.takenOn().toString(),
                    measure.recordedAt().toString(),
                    "",
                    "",
                    "",
                    measure.instrument(),
                    measure.score() + (measure.band().isEmpty() ? "" : " " + measure.band()));
        }
        for (RaisedEscalation raised : record.escalations()) {
            row(
                    out,
                    "escalation",
                    raised.at().toString().substring(0, 10),
                    raised.at().toString(),
                    "",
                    raised.escalation().disposition().name(),
                    "",
                    raised.escalation().rule(),
                    raised.escalation().advice());
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String... cells) {
        out.append(List.of(cells).stream().map(RecordCsv::quote).collect(Collectors.joining(",")))
                .append("\r\n");
    }

    static String quote(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        // Cells starting with = + - @ are neutralised so a spreadsheet never runs them as formulas.
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        return plain && safe.equals(cell) ? cell : "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
