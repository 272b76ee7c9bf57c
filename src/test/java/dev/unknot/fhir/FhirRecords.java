package dev.unknot.fhir;

import dev.unknot.app.TestApps;
import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.SavedAssessment;
import dev.unknot.breaks.BreakEvent;
import dev.unknot.breaks.BreakOutcome;
import dev.unknot.diary.Activity;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.Escalation;
import dev.unknot.diary.RaisedEscalation;
import dev.unknot.exercise.Author;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.exercise.ItemSide;
import dev.unknot.exercise.PlanItem;
import dev.unknot.intake.Intake;
import dev.unknot.intake.LegWeakness;
import dev.unknot.intake.Pain;
import dev.unknot.intake.Question;
import dev.unknot.intake.TestIntakes;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.Prescription;
import dev.unknot.measure.Instrument;
import dev.unknot.measure.MeasureLog;
import dev.unknot.measure.Measures;
import dev.unknot.measure.Outcome;
import dev.unknot.measure.Responses;
import dev.unknot.record.PersonRecord;
import dev.unknot.session.SessionLog;
import dev.unknot.session.StepResult;
import dev.unknot.workstation.Answers;
import dev.unknot.workstation.Checklist;
import dev.unknot.workstation.StoredCheck;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Records for the FHIR tests: one with something of every kind unknot keeps. */
final class FhirRecords {
    static final Measures MEASURES = Measures.load();
    static final Assessor ASSESSOR = new Assessor(TestApps.KNOWLEDGE);
    static final Instant EXPORTED = Instant.parse("2026-11-30T12:00:00Z");
    static final Checklist CHECKLIST = Checklist.load(TestApps.KNOWLEDGE);

    private FhirRecords() {}

    static FhirRecordWriter writer() {
        return new FhirRecordWriter(TestApps.KNOWLEDGE, MEASURES, ASSESSOR);
    }

    static FhirRecordReader reader() {
        return new FhirRecordReader(TestApps.KNOWLEDGE, MEASURES, ASSESSOR);
    }

    static SavedAssessment saved(Instant at, Intake intake) {
        return new SavedAssessment(at, ASSESSOR.assess(intake).triage().disposition(), intake);
    }

    static Intake selfCare() {
        return TestIntakes.allNo().build();
    }

    static Intake urgent() {
        return TestIntakes.allNo()
                .put(Question.LEG_WEAKNESS, LegWeakness.ONE_LEG)
                .put(Question.FEVER, true)
                .build();
    }

    /** Answers with most questions left open: they must stay open, never turn into "no". */
    static Intake partial() {
        return Intake.builder()
                .put(Question.AGE, 52)
                .put(Question.FEVER, false)
                .put(Question.TOOLS, Set.of())
                .build();
    }

    static MeasureLog measure(String id, String responses, LocalDate day, Instant at) {
        Instrument instrument = MEASURES.find(id).orElseThrow();
        Outcome outcome = instrument.score(Responses.parse(responses));
        return new MeasureLog(id, day, at, responses, outcome.scoreText(), outcome.band());
    }

    static Prescription dose(int sets, int reps, int hold, int rest, DayOfWeek... days) {
        return new Prescription(sets, reps, hold, rest, 0, true, 2, EnumSet.of(days[0], days));
    }

    /** Something of every kind: the record the round trips carry. */
    static PersonRecord full(String profile) {
        LocalDate day = LocalDate.parse("2026-11-20");
        List<SavedAssessment> assessments =
                List.of(
                        saved(Instant.parse("2026-11-18T09:00:00.123456Z"), partial()),
                        saved(Instant.parse("2026-11-19T09:00:00Z"), selfCare()),
                        saved(Instant.parse("2026-11-28T18:30:00.5Z"), urgent()));
        List<DiaryEntry> diary =
                List.of(
                        new DiaryEntry(
                                0,
                                day,
                                Instant.parse("2026-11-20T19:01:02.345678Z"),
                                new Pain(5),
                                EnumSet.of(Activity.SESSION, Activity.STRETCH, Activity.HEAT),
                                "after work; stiff",
                                Map.of(
                                        Question.FEVER,
                                        false,
                                        Question.LEG_WEAKNESS,
                                        LegWeakness.NONE),
                                Optional.of(1L)),
                        new DiaryEntry(
                                0,
                                day.plusDays(1),
                                Instant.parse("2026-11-21T20:00:00Z"),
                                new Pain(3),
                                Set.of(),
                                "",
                                Map.of(),
                                Optional.empty(),
                                Optional.of(Instant.parse("2026-11-22T08:00:00.000001Z"))),
                        new DiaryEntry(
                                0,
                                day.plusDays(2),
                                Instant.parse("2026-11-22T21:00:00Z"),
                                new Pain(7),
                                EnumSet.of(Activity.WALK),
                                "stopped the session early",
                                Map.of(Question.NIGHT_PAIN, true),
                                Optional.of(2L)));
        List<SessionLog> sessions =
                List.of(
                        new SessionLog(
                                1,
                                Instant.parse("2026-11-20T18:00:00.250Z"),
                                Instant.parse("2026-11-20T18:12:30Z"),
                                new Pain(5),
                                Optional.of(new Pain(3)),
                                true,
                                List.of(
                                        new SessionLog.StepLog(
                                                "warm-up", "Warm up", StepResult.DONE, 120),
                                        new SessionLog.StepLog(
                                                "ball-press", "Ball press", StepResult.SKIPPED, 0),
                                        new SessionLog.StepLog(
                                                "stretch", "Stretch", StepResult.DONE, 90))),
                        new SessionLog(
                                2,
                                Instant.parse("2026-11-22T20:30:00Z"),
                                Instant.parse("2026-11-22T20:33:00Z"),
                                new Pain(7),
                                Optional.empty(),
                                false,
                                List.of(
                                        new SessionLog.StepLog(
                                                "warm-up", "Warm up", StepResult.DONE, 60),
                                        new SessionLog.StepLog(
                                                "stretch", "Stretch", StepResult.NOT_REACHED, 0))));
        List<MeasureLog> measures =
                List.of(
                        measure("nprs", "6", day, Instant.parse("2026-11-20T10:00:00Z")),
                        measure(
                                "odi",
                                "2,1,-,3,2,1,-,0,2,1",
                                day,
                                Instant.parse("2026-11-20T10:05:00Z")),
                        measure(
                                "rmdq",
                                "1,0,1,1,-,0,0,1,1,0,0,0,1,0,0,1,0,0,0,1,0,0,1,0",
                                day,
                                Instant.parse("2026-11-20T10:10:00Z")),
                        measure(
                                "startback",
                                "1,0,1,1,1,1,1,0,1",
                                day,
                                Instant.parse("2026-11-20T10:15:00Z")),
                        measure(
                                "startback",
                                "1,0,0,1,0,-,0,0,0",
                                day.plusDays(1),
                                Instant.parse("2026-11-21T10:15:00Z")));
        List<RaisedEscalation> escalations =
                List.of(
                        new RaisedEscalation(
                                Instant.parse("2026-11-20T10:15:00.000123Z"),
                                new Escalation(
                                        "M1",
                                        "STarT Back high risk",
                                        Disposition.SEE_CLINICIAN,
                                        "Book a physical therapist.",
                                        "total 7/9, psychosocial 4/5",
                                        List.of("hill-2008", "nice-ng59"))));
        List<ExercisePlan> plans =
                List.of(
                        new ExercisePlan(
                                0,
                                0,
                                1,
                                Author.UNKNOT,
                                Instant.parse("2026-11-19T09:05:00Z"),
                                "started from the generated plan",
                                "",
                                List.of(
                                        new PlanItem(
                                                "glute-bridge",
                                                dose(2, 10, 5, 30, DayOfWeek.MONDAY),
                                                ItemSide.BOTH,
                                                ""))),
                        new ExercisePlan(
                                0,
                                0,
                                2,
                                Author.clinicianNamed("Dr Lee"),
                                Instant.parse("2026-11-25T14:00:00.654321Z"),
                                "more core work",
                                "Keep the pain below 5 while you do these.",
                                List.of(
                                        new PlanItem(
                                                "glute-bridge",
                                                dose(
                                                        3,
                                                        12,
                                                        0,
                                                        45,
                                                        DayOfWeek.MONDAY,
                                                        DayOfWeek.WEDNESDAY,
                                                        DayOfWeek.FRIDAY),
                                                ItemSide.BOTH,
                                                "slowly"),
                                        new PlanItem(
                                                "bird-dog",
                                                new Prescription(
                                                        1,
                                                        0,
                                                        20,
                                                        0,
                                                        0,
                                                        true,
                                                        1,
                                                        EnumSet.allOf(DayOfWeek.class)),
                                                ItemSide.LEFT,
                                                ""))));
        return new PersonRecord(
                profile,
                EXPORTED,
                assessments,
                diary,
                sessions,
                measures,
                escalations,
                plans,
                workstationChecks(),
                breaks());
    }

    /** Two workstation checks with different answers, one not sure of two things, oldest first. */
    static List<StoredCheck> workstationChecks() {
        return List.of(
                check(
                        Instant.parse("2026-11-24T08:15:00.123456Z"),
                        Map.ofEntries(
                                Map.entry("chair-back-support", "no"),
                                Map.entry("chair-height", "yes"),
                                Map.entry("chair-adjustable", "not-sure"),
                                Map.entry("feet-flat", "yes"),
                                Map.entry("leg-room", "yes"),
                                Map.entry("screen-height", "no"),
                                Map.entry("screen-distance", "yes"),
                                Map.entry("keyboard-close", "yes"),
                                Map.entry("hand-rest", "not-sure"),
                                Map.entry("screen-breaks", "two-hours"),
                                Map.entry("change-position", "no"),
                                Map.entry("glare", "yes"),
                                Map.entry("lighting", "yes"),
                                Map.entry("laptop-setup", "no-laptop"))),
                check(
                        Instant.parse("2026-11-27T17:40:00Z"),
                        Map.ofEntries(
                                Map.entry("chair-back-support", "yes"),
                                Map.entry("chair-height", "yes"),
                                Map.entry("chair-adjustable", "yes"),
                                Map.entry("feet-flat", "yes"),
                                Map.entry("leg-room", "yes"),
                                Map.entry("screen-height", "yes"),
                                Map.entry("screen-distance", "yes"),
                                Map.entry("keyboard-close", "no"),
                                Map.entry("hand-rest", "yes"),
                                Map.entry("screen-breaks", "hourly"),
                                Map.entry("change-position", "yes"),
                                Map.entry("glare", "no"),
                                Map.entry("lighting", "yes"),
                                Map.entry("laptop-setup", "yes"))));
    }

    /** A check as the app stores it: the answers in asking order and the score they give. */
    static StoredCheck check(Instant takenAt, Map<String, String> typed) {
        Answers answers = CHECKLIST.answers(typed, "answers");
        return new StoredCheck(0, takenAt, answers, CHECKLIST.score(answers).score());
    }

    /** A break of every outcome, oldest first, as the history keeps them. */
    static List<BreakEvent> breaks() {
        return List.of(
                new BreakEvent(
                        Instant.parse("2026-11-23T09:30:00.123456Z"),
                        BreakOutcome.TAKEN,
                        95,
                        List.of("pelvic-tilt-seated", "standing-back-extension")),
                new BreakEvent(
                        Instant.parse("2026-11-23T10:00:00Z"),
                        BreakOutcome.POSTPONED,
                        0,
                        List.of()),
                new BreakEvent(
                        Instant.parse("2026-11-23T10:05:00Z"), BreakOutcome.SKIPPED, 0, List.of()),
                new BreakEvent(
                        Instant.parse("2026-11-23T11:10:00.5Z"),
                        BreakOutcome.NATURAL,
                        420,
                        List.of()));
    }
}
