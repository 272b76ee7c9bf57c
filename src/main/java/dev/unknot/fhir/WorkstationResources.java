package dev.unknot.fhir;

import dev.unknot.intake.InvalidInputException;
import dev.unknot.workstation.Answers;
import dev.unknot.workstation.Checklist;
import dev.unknot.workstation.Choice;
import dev.unknot.workstation.Item;
import dev.unknot.workstation.StoredCheck;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A workstation check as a {@code QuestionnaireResponse} to the {@code workstation} questionnaire
 * (every answer the check kept, as a coding of {@code .../CodeSystem/workstation}) and the {@code
 * Observation} of its score, derived from it. As with the outcome measures the response alone
 * carries the check back: the score as stored is the extension {@code workstation-score}, and a
 * response without it is scored again by the checklist.
 */
final class WorkstationResources {
    static final String SCORE_CODE = "score";

    private final Checklist checklist;

    WorkstationResources(Checklist checklist) {
        this.checklist = checklist;
    }

    /** The same id as the record's key of a check (when it was taken). */
    static String id(String profile, StoredCheck check) {
        return Support.uuid("workstation-check", profile, check.takenAt());
    }

    static String answers() {
        return Codes.answers(Questionnaires.WORKSTATION);
    }

    /** The response first, then the score's observation. */
    List<Resource> write(String profile, StoredCheck check, Reference patient) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(id(profile, check));
        response.setQuestionnaire(Codes.questionnaire(Questionnaires.WORKSTATION));
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setAuthoredElement(Support.dateTime(check.takenAt()));
        response.setSubject(patient.copy());
        response.addExtension(Codes.EXT_WORKSTATION_SCORE, new IntegerType(check.score()));
        check.answers()
                .byItem()
                .forEach(
                        (itemId, key) -> {
                            QuestionnaireResponseItemComponent item = response.addItem();
                            item.setLinkId(itemId);
                            item.addAnswer()
                                    .setValue(new Coding(answers(), key, label(itemId, key)));
                        });
        return List.of(response, observation(profile, check, patient, response));
    }

    /** The words of an answer, where the checklist still has it (a display is optional). */
    private String label(String itemId, String key) {
        return checklist
                .item(itemId)
                .flatMap(item -> exact(item, key))
                .map(Choice::label)
                .orElse(null);
    }

    private static Observation observation(
            String profile, StoredCheck check, Reference patient, QuestionnaireResponse response) {
        Observation observation = new Observation();
        observation.setId(Support.uuid("workstation-observation", id(profile, check), "score"));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation
                .addCategory()
                .addCoding(new Coding(Codes.OBSERVATION_CATEGORY, "survey", "Survey"));
        observation.setCode(
                new CodeableConcept(new Coding(answers(), SCORE_CODE, "Workstation check score")));
        observation.setSubject(patient.copy());
        observation.setEffective(Support.dateTime(check.takenAt()));
        observation.setIssuedElement(Support.instant(check.takenAt()));
        observation.setValue(
                new Quantity()
                        .setValue(check.score())
                        .setUnit("%")
                        .setSystem(Codes.UCUM)
                        .setCode("%"));
        observation.addDerivedFrom(Support.reference(response));
        return observation;
    }

    /** Whether a response answers the workstation check. */
    static boolean isOurs(QuestionnaireResponse response) {
        String questionnaire = response.getQuestionnaire();
        return questionnaire != null
                && questionnaire
                        .replaceFirst("\\|.*", "")
                        .equals(Codes.questionnaire(Questionnaires.WORKSTATION));
    }

    /**
     * The check a response gives: every answer checked against the checklist (an unknown item or
     * answer key is refused naming its place); an item left out stays out, as the app keeps it.
     */
    StoredCheck read(QuestionnaireResponse response, String where) {
        Instant takenAt = Support.instant(response.getAuthoredElement(), where + ".authored");
        List<QuestionnaireResponseItemComponent> items = Support.answered(response);
        Map<String, String> byItem = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (QuestionnaireResponseItemComponent answered : items) {
            String field = where + ".item(" + answered.getLinkId() + ")";
            Item item =
                    checklist
                            .item(String.valueOf(answered.getLinkId()))
                            .orElseThrow(
                                    () ->
                                            new InvalidInputException(
                                                    field,
                                                    "is not an item of the workstation check"));
            if (!seen.add(item.id())) {
                throw new InvalidInputException(field, "is answered twice");
            }
            if (!answered.hasAnswer()) {
                continue;
            }
            if (answered.getAnswer().size() > 1) {
                throw new InvalidInputException(field + ".answer", "takes one answer");
            }
            String answerField = field + ".answer[0]";
            Coding coding =
                    Support.as(answered.getAnswerFirstRep().getValue(), Coding.class, answerField);
            String key = String.valueOf(coding.getCode());
            Choice choice =
                    exact(item, key)
                            .orElseThrow(
                                    () ->
                                            new InvalidInputException(
                                                    answerField,
                                                    "'" + key + "' is not one of " + item.keys()));
            byItem.put(item.id(), choice.key());
        }
        Answers answers = new Answers(byItem);
        String scoreField = where + ".extension(workstation-score)";
        int score =
                Support.extension(response, Codes.EXT_WORKSTATION_SCORE)
                        .map(value -> Support.as(value, IntegerType.class, scoreField))
                        .map(value -> percent(value, scoreField))
                        .orElseGet(() -> checklist.score(checklist.completed(answers)).score());
        return new StoredCheck(0, takenAt, answers, score);
    }

    private static int percent(IntegerType value, String field) {
        Integer score = value.getValue();
        if (score == null || score < 0 || score > 100) {
            throw new InvalidInputException(field, "must be a score from 0 to 100, was " + score);
        }
        return score;
    }

    /** The answer whose key is exactly {@code key} (no short forms: a code is a code). */
    private static Optional<Choice> exact(Item item, String key) {
        return item.choices().stream().filter(choice -> choice.key().equals(key)).findFirst();
    }
}
