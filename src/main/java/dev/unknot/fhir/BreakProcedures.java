package dev.unknot.fhir;

import dev.unknot.breaks.BreakEvent;
import dev.unknot.breaks.BreakOutcome;
import dev.unknot.intake.Coded;
import dev.unknot.intake.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;

/**
 * A movement break as a {@code Procedure} ({@code .../CodeSystem/activity#movement-break}): {@code
 * completed} when the person moved (taken, or time away from the keyboard), {@code not-done} when
 * it was skipped or postponed, with the same coding as {@code statusReason}; {@code outcome} a code
 * of {@code .../CodeSystem/break-outcome}; {@code performedPeriod} from the event to its end
 * ({@code start = end} for a break of no seconds); each exercise, in order, an extension {@code
 * break-exercise} (a code of {@code .../CodeSystem/break-exercise}). The outcome code, not the
 * status, is what is read back.
 */
final class BreakProcedures {
    static final String CODE = "movement-break";
    private static final int MAX_SECONDS = 86_400;

    private final Map<String, String> exerciseNames;

    /** {@code exerciseNames}: the name of each exercise of {@code breaks.yaml} by id. */
    BreakProcedures(Map<String, String> exerciseNames) {
        this.exerciseNames = Map.copyOf(exerciseNames);
    }

    static boolean isOurs(Procedure procedure) {
        return procedure.getCode().getCoding().stream()
                .anyMatch(
                        coding ->
                                Codes.ACTIVITY.equals(coding.getSystem())
                                        && CODE.equals(coding.getCode()));
    }

    /** The same id as the record's key of a break (its time and outcome). */
    static String id(String profile, BreakEvent event) {
        return Support.uuid("break", profile, event.at(), event.outcome().code());
    }

    Procedure write(String profile, BreakEvent event, Reference patient) {
        Procedure procedure = new Procedure();
        procedure.setId(id(profile, event));
        Coding outcome =
                new Coding(Codes.BREAK_OUTCOME, event.outcome().code(), event.outcome().words());
        if (event.outcome().moved()) {
            procedure.setStatus(Procedure.ProcedureStatus.COMPLETED);
        } else {
            procedure.setStatus(Procedure.ProcedureStatus.NOTDONE);
            procedure.setStatusReason(new CodeableConcept(outcome.copy()));
        }
        procedure.setCode(new CodeableConcept(new Coding(Codes.ACTIVITY, CODE, "Movement break")));
        procedure.setSubject(patient.copy());
        procedure.setPerformed(
                new Period()
                        .setStartElement(Support.dateTime(event.at()))
                        .setEndElement(Support.dateTime(event.at().plusSeconds(event.seconds()))));
        procedure.setOutcome(new CodeableConcept(outcome));
        for (String exercise : event.exercises()) {
            procedure.addExtension(
                    Codes.EXT_BREAK_EXERCISE,
                    new Coding(Codes.BREAK_EXERCISE, exercise, exerciseNames.get(exercise)));
        }
        return procedure;
    }

    BreakEvent read(Procedure procedure, String where) {
        Period period = Support.as(procedure.getPerformed(), Period.class, where + ".performed");
        Instant at = Support.instant(period.getStartElement(), where + ".performedPeriod.start");
        Instant end = Support.instant(period.getEndElement(), where + ".performedPeriod.end");
        return new BreakEvent(
                at,
                outcome(procedure, where + ".outcome"),
                seconds(at, end, where + ".performedPeriod.end"),
                exercises(procedure, where));
    }

    private static BreakOutcome outcome(Procedure procedure, String field) {
        String code =
                procedure.getOutcome().getCoding().stream()
                        .filter(coding -> Codes.BREAK_OUTCOME.equals(coding.getSystem()))
                        .map(Coding::getCode)
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new InvalidInputException(
                                                field, "needs a coding of " + Codes.BREAK_OUTCOME));
        return Coded.fromCode(BreakOutcome.class, String.valueOf(code))
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        field,
                                        "must be one of "
                                                + String.join(", ", Coded.codes(BreakOutcome.class))
                                                + ", was "
                                                + code));
    }

    private static int seconds(Instant start, Instant end, String field) {
        Duration length = Duration.between(start, end);
        if (length.isNegative()) {
            throw new InvalidInputException(field, "must not be before the start");
        }
        if (length.getNano() != 0 || length.getSeconds() > MAX_SECONDS) {
            throw new InvalidInputException(
                    field, "must be a whole number of seconds, at most a day, after the start");
        }
        return (int) length.getSeconds();
    }

    /** The exercise ids, in order, held to what the break history can store. */
    private static List<String> exercises(Procedure procedure, String where) {
        List<String> ids = new ArrayList<>();
        List<Extension> extensions = procedure.getExtensionsByUrl(Codes.EXT_BREAK_EXERCISE);
        for (int index = 0; index < extensions.size(); index++) {
            String field = where + ".extension(break-exercise)[" + index + "]";
            String id = Support.as(extensions.get(index).getValue(), Coding.class, field).getCode();
            if (id == null || id.isBlank() || id.contains(",")) {
                throw new InvalidInputException(field, "must be the code of a break exercise");
            }
            ids.add(id);
        }
        if (String.join(",", ids).length() > 300) {
            throw new InvalidInputException(
                    where + ".extension(break-exercise)", "must be a short list of exercise ids");
        }
        return ids;
    }
}
