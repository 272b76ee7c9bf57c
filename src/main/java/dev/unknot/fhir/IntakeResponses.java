package dev.unknot.fhir;

import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.SavedAssessment;
import dev.unknot.intake.AnswerType;
import dev.unknot.intake.Coded;
import dev.unknot.intake.Intake;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.Disposition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

/**
 * A saved assessment as a {@code QuestionnaireResponse} to the intake questionnaire, and back.
 * Every answered question is an item with its typed value (boolean, integer, or codings); an
 * unanswered question is no item at all. A question of several answers answered with none of them
 * (an empty list, e.g. no tools) is an item without an answer. The disposition triage gave when it
 * was saved is the extension {@code .../StructureDefinition/disposition}; a response without it is
 * triaged again.
 */
final class IntakeResponses {
    private final Assessor assessor;

    IntakeResponses(Assessor assessor) {
        this.assessor = assessor;
    }

    static String id(String profile, SavedAssessment saved) {
        return Support.uuid("assessment", profile, saved.at(), saved.disposition());
    }

    QuestionnaireResponse write(String profile, SavedAssessment saved, Reference patient) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(id(profile, saved));
        response.setQuestionnaire(Codes.questionnaire(Questionnaires.INTAKE));
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setAuthoredElement(Support.dateTime(saved.at()));
        response.setSubject(patient.copy());
        response.addExtension(Codes.EXT_DISPOSITION, disposition(saved.disposition()));
        for (Map.Entry<Question, Object> answer : saved.intake().answers().entrySet()) {
            Question question = answer.getKey();
            QuestionnaireResponseItemComponent item = response.addItem();
            item.setLinkId(question.path());
            for (Type value : values(question, answer.getValue())) {
                item.addAnswer().setValue(value);
            }
        }
        return response;
    }

    static Coding disposition(Disposition disposition) {
        return new Coding(
                Codes.DISPOSITION,
                disposition.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                disposition.name().charAt(0)
                        + disposition
                                .name()
                                .substring(1)
                                .toLowerCase(Locale.ROOT)
                                .replace('_', ' '));
    }

    static Disposition disposition(Coding coding, String field) {
        for (Disposition disposition : Disposition.values()) {
            if (disposition(disposition).getCode().equals(coding.getCode())) {
                return disposition;
            }
        }
        throw new InvalidInputException(
                field, "'" + coding.getCode() + "' is not a disposition code");
    }

    /** A value of an intake question as FHIR values (one, or one per member of a set). */
    static List<Type> values(Question question, Object value) {
        if (value instanceof Boolean yes) {
            return List.of(new BooleanType(yes));
        }
        if (value instanceof Integer number) {
            return List.of(new IntegerType(number));
        }
        if (value instanceof Set<?> members) {
            List<Type> codings = new ArrayList<>();
            for (Object member : members) {
                codings.add(coding(question, (Coded) member));
            }
            return codings;
        }
        return List.of(coding(question, (Coded) value));
    }

    private static Coding coding(Question question, Coded value) {
        return new Coding(Questionnaires.intakeAnswers(question), value.code(), null);
    }

    /** The typed value of {@code question} from FHIR values, checked; {@code field} names them. */
    static Optional<Object> value(Question question, List<Type> values, String field) {
        AnswerType type = question.type();
        if (type instanceof AnswerType.SomeOf<?> someOf) {
            Set<Object> members = new LinkedHashSet<>();
            for (int index = 0; index < values.size(); index++) {
                String code = code(values.get(index), field + "[" + index + "]");
                members.add(
                        someOf.parse(code)
                                .orElseThrow(
                                        () ->
                                                new InvalidInputException(
                                                        field,
                                                        "'"
                                                                + code
                                                                + "' is not "
                                                                + type.allowed())));
            }
            return Optional.of(Set.copyOf(members));
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new InvalidInputException(field, "takes one answer, has " + values.size());
        }
        Type value = values.get(0);
        Object typed;
        if (type instanceof AnswerType.YesNo) {
            typed = Support.as(value, BooleanType.class, field).getValue();
        } else if (type instanceof AnswerType.Whole) {
            typed = Support.as(value, IntegerType.class, field).getValue();
        } else {
            String code = code(value, field);
            typed =
                    ((AnswerType.OneOf<?>) type)
                            .parse(code)
                            .orElseThrow(
                                    () ->
                                            new InvalidInputException(
                                                    field,
                                                    "'" + code + "' is not " + type.allowed()));
        }
        if (typed == null || !type.accepts(typed)) {
            throw new InvalidInputException(field, "must be " + type.allowed() + ", was " + typed);
        }
        return Optional.of(typed);
    }

    private static String code(Type value, String field) {
        Coding coding = Support.as(value, Coding.class, field);
        if (!coding.hasCode()) {
            throw new InvalidInputException(field + ".code", "is required");
        }
        return coding.getCode();
    }

    SavedAssessment read(QuestionnaireResponse response, String where) {
        Instant at = Support.instant(response.getAuthoredElement(), where + ".authored");
        java.util.EnumMap<Question, Object> answers = new java.util.EnumMap<>(Question.class);
        List<QuestionnaireResponseItemComponent> items = Support.answered(response);
        for (int index = 0; index < items.size(); index++) {
            QuestionnaireResponseItemComponent item = items.get(index);
            String field = where + ".item(" + item.getLinkId() + ")";
            Question question =
                    Question.byPath(item.getLinkId())
                            .orElseThrow(
                                    () ->
                                            new InvalidInputException(
                                                    field, "is not a question of the intake"));
            if (answers.containsKey(question)) {
                throw new InvalidInputException(field, "is answered twice");
            }
            List<Type> values =
                    item.getAnswer().stream()
                            .map(QuestionnaireResponseItemAnswerComponent::getValue)
                            .toList();
            value(question, values, field + ".answer").ifPresent(v -> answers.put(question, v));
        }
        Intake intake = new Intake(answers);
        Disposition disposition =
                Support.extension(response, Codes.EXT_DISPOSITION)
                        .map(
                                value ->
                                        disposition(
                                                Support.as(
                                                        value,
                                                        Coding.class,
                                                        where + ".extension(disposition)"),
                                                where + ".extension(disposition)"))
                        .orElseGet(() -> assessor.assess(intake).triage().disposition());
        return new SavedAssessment(at, disposition, intake);
    }
}
