package dev.unknot.fhir;

import dev.unknot.diary.Activity;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.NewEntry;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Pain;
import dev.unknot.intake.Question;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

/**
 * A diary entry as an NPRS {@code Observation} (LOINC 72514-3): the pain as {@code valueInteger},
 * the day as {@code effectiveDateTime}, the moment it was recorded as {@code issued}. The rest of
 * the entry is kept whole: each activity an extension {@code diary-activity} (a coding of {@code
 * .../CodeSystem/activity}), the note as the observation's note, each safety answer a component
 * coded by the question's path ({@code .../CodeSystem/intake-question#flags.fever}) with its
 * boolean or coded value, the guided session it belongs to an extension {@code diary-session}
 * referring to that session's {@code Procedure}, and an edit's time an extension {@code changed-at}
 * (the status is then {@code amended}).
 */
final class DiaryObservations {
    static String id(String profile, DiaryEntry entry) {
        return Support.uuid("diary", profile, entry.date(), entry.recordedAt());
    }

    static boolean isPain(Observation observation) {
        return observation.getCode().getCoding().stream()
                .anyMatch(
                        coding ->
                                Codes.LOINC.equals(coding.getSystem())
                                        && Codes.NPRS.equals(coding.getCode()));
    }

    Observation write(
            String profile, DiaryEntry entry, Reference patient, Optional<Reference> session) {
        Observation observation = new Observation();
        observation.setId(id(profile, entry));
        observation.setStatus(
                entry.changedAt().isPresent()
                        ? Observation.ObservationStatus.AMENDED
                        : Observation.ObservationStatus.FINAL);
        observation
                .addCategory()
                .addCoding(new Coding(Codes.OBSERVATION_CATEGORY, "survey", "Survey"));
        observation.setCode(
                new CodeableConcept(
                        new Coding(
                                Codes.LOINC,
                                Codes.NPRS,
                                "Pain severity - 0-10 verbal numeric rating")));
        observation.setSubject(patient.copy());
        observation.setEffective(new org.hl7.fhir.r4.model.DateTimeType(entry.date().toString()));
        observation.setIssuedElement(Support.instant(entry.recordedAt()));
        observation.setValue(new IntegerType(entry.pain().points()));
        for (Activity activity : entry.activities()) {
            observation.addExtension(
                    Codes.EXT_ACTIVITY, new Coding(Codes.ACTIVITY, activity.code(), null));
        }
        session.ifPresent(reference -> observation.addExtension(Codes.EXT_SESSION, reference));
        entry.changedAt()
                .ifPresent(
                        at -> observation.addExtension(Codes.EXT_CHANGED_AT, Support.instant(at)));
        if (!entry.note().isEmpty()) {
            observation.addNote(new Annotation().setText(entry.note()));
        }
        for (Map.Entry<Question, Object> answer :
                new java.util.TreeMap<>(entry.safety()).entrySet()) {
            Observation.ObservationComponentComponent component = observation.addComponent();
            component.setCode(
                    new CodeableConcept(new Coding(Codes.QUESTION, answer.getKey().path(), null)));
            component.setValue(
                    IntakeResponses.values(answer.getKey(), answer.getValue()).get(0)
                                    instanceof Coding coding
                            ? new CodeableConcept(coding)
                            : IntakeResponses.values(answer.getKey(), answer.getValue()).get(0));
        }
        return observation;
    }

    /**
     * The entry an observation records; {@code session} finds the id of the session a reference
     * names (empty when it names none in the Bundle).
     */
    DiaryEntry read(
            Observation observation,
            String where,
            java.util.function.Function<String, Optional<Long>> session) {
        BaseDateTimeType effective = effective(observation, where + ".effective");
        LocalDate date = Support.day(effective, where + ".effective");
        Instant recordedAt =
                observation.hasIssued()
                        ? Support.instant(observation.getIssuedElement(), where + ".issued")
                        : Support.instant(effective, where + ".effective");
        Pain pain = pain(observation.getValue(), where + ".value");
        Set<Activity> activities = EnumSet.noneOf(Activity.class);
        for (Extension extension : observation.getExtensionsByUrl(Codes.EXT_ACTIVITY)) {
            String field = where + ".extension(diary-activity)";
            String code = Support.as(extension.getValue(), Coding.class, field).getCode();
            activities.addAll(Activity.fromCodes(List.of(String.valueOf(code)), field));
        }
        String note =
                String.join("\n", observation.getNote().stream().map(Annotation::getText).toList());
        Map<Question, Object> safety = new EnumMap<>(Question.class);
        for (Observation.ObservationComponentComponent component : observation.getComponent()) {
            Optional<Coding> question =
                    component.getCode().getCoding().stream()
                            .filter(coding -> Codes.QUESTION.equals(coding.getSystem()))
                            .findFirst();
            if (question.isEmpty()) {
                continue;
            }
            String field = where + ".component(" + question.get().getCode() + ")";
            Question asked =
                    Question.byPath(question.get().getCode())
                            .filter(Question::isSafety)
                            .orElseThrow(
                                    () ->
                                            new InvalidInputException(
                                                    field, "is not a safety question"));
            Type value = component.getValue();
            List<Type> values = new ArrayList<>();
            if (value instanceof CodeableConcept concept) {
                values.addAll(concept.getCoding());
            } else if (value != null) {
                values.add(value);
            }
            IntakeResponses.value(asked, values, field + ".value")
                    .ifPresent(typed -> safety.put(asked, typed));
        }
        Optional<Long> sessionId = Optional.empty();
        Optional<Type> link = Support.extension(observation, Codes.EXT_SESSION);
        if (link.isPresent()) {
            String field = where + ".extension(diary-session)";
            String reference = Support.as(link.get(), Reference.class, field).getReference();
            // a session the Bundle does not hold (a prefetch of observations only) leaves the
            // entry without its link rather than refusing it
            sessionId = session.apply(String.valueOf(reference));
        }
        Optional<Instant> changedAt =
                Support.extension(observation, Codes.EXT_CHANGED_AT)
                        .map(
                                value ->
                                        Support.instant(
                                                Support.as(
                                                        value,
                                                        InstantType.class,
                                                        where + ".extension(changed-at)"),
                                                where + ".extension(changed-at)"));
        NewEntry checked;
        try {
            checked = new NewEntry(date, pain, activities, note, safety);
        } catch (InvalidInputException e) {
            throw e.within(where);
        }
        return new DiaryEntry(
                0,
                checked.date(),
                recordedAt,
                checked.pain(),
                checked.activities(),
                checked.note(),
                checked.safety(),
                sessionId,
                changedAt);
    }

    /** When a pain score was taken: a date-time, an instant, or the start of a period. */
    private static BaseDateTimeType effective(Observation observation, String field) {
        Type effective = observation.getEffective();
        if (effective instanceof BaseDateTimeType time) {
            return time;
        }
        if (effective instanceof Period period && period.hasStart()) {
            return period.getStartElement();
        }
        throw new InvalidInputException(
                field,
                "must be a date-time or a period with a start, was "
                        + (effective == null ? "missing" : effective.fhirType()));
    }

    /** A pain score: an integer, or a quantity that is a whole number, from 0 to 10. */
    static Pain pain(Type value, String field) {
        int points;
        if (value instanceof IntegerType number) {
            points = number.getValue();
        } else if (value instanceof Quantity quantity
                && quantity.hasValue()
                && quantity.getValue().stripTrailingZeros().scale() <= 0) {
            points = quantity.getValue().intValueExact();
        } else {
            throw new InvalidInputException(
                    field,
                    "must be a whole number from 0 to 10, was "
                            + (value == null ? "missing" : value.fhirType()));
        }
        return Pain.of(field, points);
    }
}
