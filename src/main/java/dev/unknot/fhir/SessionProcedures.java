package dev.unknot.fhir;

import dev.unknot.intake.Coded;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Pain;
import dev.unknot.session.SessionLog;
import dev.unknot.session.StepResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * A guided session as a {@code Procedure} ({@code .../CodeSystem/activity#session}): {@code
 * completed} when it was finished, {@code stopped} when it ended early; {@code performedPeriod}
 * from start to end; pain before and after as the extensions {@code session-pain-before} and {@code
 * session-pain-after}; each step, in order, a complex extension {@code session-step} with {@code
 * id}, {@code name}, {@code outcome} (a code of {@code .../CodeSystem/step-result}) and {@code
 * seconds}.
 */
final class SessionProcedures {
    static boolean isOurs(Procedure procedure) {
        return procedure.getCode().getCoding().stream()
                .anyMatch(
                        coding ->
                                Codes.ACTIVITY.equals(coding.getSystem())
                                        && "session".equals(coding.getCode()));
    }

    static String id(String profile, SessionLog session) {
        return Support.uuid("session", profile, session.startedAt(), session.endedAt());
    }

    Procedure write(String profile, SessionLog session, Reference patient) {
        Procedure procedure = new Procedure();
        procedure.setId(id(profile, session));
        procedure.setStatus(
                session.finished()
                        ? Procedure.ProcedureStatus.COMPLETED
                        : Procedure.ProcedureStatus.STOPPED);
        procedure.setCode(
                new CodeableConcept(
                        new Coding(Codes.ACTIVITY, "session", "Guided self-care session")));
        procedure.setSubject(patient.copy());
        procedure.setPerformed(
                new Period()
                        .setStartElement(Support.dateTime(session.startedAt()))
                        .setEndElement(Support.dateTime(session.endedAt())));
        procedure.addExtension(
                Codes.EXT_PAIN_BEFORE, new IntegerType(session.painBefore().points()));
        session.painAfter()
                .ifPresent(
                        pain ->
                                procedure.addExtension(
                                        Codes.EXT_PAIN_AFTER, new IntegerType(pain.points())));
        for (SessionLog.StepLog step : session.steps()) {
            Extension extension = procedure.addExtension().setUrl(Codes.EXT_STEP);
            extension.addExtension("id", new StringType(step.stepId()));
            extension.addExtension("name", new StringType(step.name()));
            extension.addExtension(
                    "outcome", new Coding(Codes.STEP_RESULT, step.outcome().code(), null));
            extension.addExtension("seconds", new IntegerType(step.seconds()));
        }
        return procedure;
    }

    SessionLog read(Procedure procedure, long id, String where) {
        Period period = Support.as(procedure.getPerformed(), Period.class, where + ".performed");
        Instant started =
                Support.instant(period.getStartElement(), where + ".performedPeriod.start");
        Instant ended = Support.instant(period.getEndElement(), where + ".performedPeriod.end");
        Pain before =
                DiaryObservations.pain(
                        Support.extension(procedure, Codes.EXT_PAIN_BEFORE).orElse(null),
                        where + ".extension(session-pain-before)");
        Optional<Type> afterValue = Support.extension(procedure, Codes.EXT_PAIN_AFTER);
        Optional<Pain> after =
                afterValue.map(
                        value ->
                                DiaryObservations.pain(
                                        value, where + ".extension(session-pain-after)"));
        List<SessionLog.StepLog> steps = new ArrayList<>();
        List<Extension> stepExtensions = procedure.getExtensionsByUrl(Codes.EXT_STEP);
        for (int index = 0; index < stepExtensions.size(); index++) {
            Extension step = stepExtensions.get(index);
            String field = where + ".extension(session-step)[" + index + "]";
            String stepId = text(step, "id", field);
            String name = text(step, "name", field);
            String outcome =
                    Support.as(part(step, "outcome", field), Coding.class, field + ".outcome")
                            .getCode();
            StepResult result =
                    Coded.fromCode(StepResult.class, String.valueOf(outcome))
                            .orElseThrow(
                                    () ->
                                            new InvalidInputException(
                                                    field + ".outcome",
                                                    "must be one of "
                                                            + String.join(
                                                                    ", ",
                                                                    Coded.codes(
                                                                            StepResult.class))));
            int seconds =
                    Support.as(part(step, "seconds", field), IntegerType.class, field + ".seconds")
                            .getValue();
            if (seconds < 0) {
                throw new InvalidInputException(field + ".seconds", "must not be negative");
            }
            steps.add(new SessionLog.StepLog(stepId, name, result, seconds));
        }
        boolean finished = procedure.getStatus() == Procedure.ProcedureStatus.COMPLETED;
        return new SessionLog(id, started, ended, before, after, finished, steps);
    }

    private static Type part(Extension extension, String url, String field) {
        Extension part = extension.getExtensionByUrl(url);
        if (part == null || part.getValue() == null) {
            throw new InvalidInputException(field + "." + url, "is required");
        }
        return part.getValue();
    }

    private static String text(Extension extension, String url, String field) {
        return Support.as(part(extension, url, field), StringType.class, field + "." + url)
                .getValue();
    }
}
