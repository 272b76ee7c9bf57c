package dev.unknot.fhir;

import dev.unknot.intake.InvalidInputException;
import dev.unknot.measure.Choice;
import dev.unknot.measure.Instrument;
import dev.unknot.measure.Item;
import dev.unknot.measure.MeasureLog;
import dev.unknot.measure.Measures;
import dev.unknot.measure.Outcome;
import dev.unknot.measure.Responses;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * An outcome measure as a {@code QuestionnaireResponse} (the item scores as given) and the {@code
 * Observation}s of its score, derived from it. The response alone carries the measure back: the day
 * taken ({@code measure-taken-on}), the score and band in words as stored ({@code measure-score},
 * {@code measure-band}); a response without them is scored again by the instrument's own rule.
 *
 * <p>An answer is the choice's coding; where several choices of an item give the same score (STarT
 * Back item 9), unknot kept only the score, so the answer is that score as an integer.
 * Observations: NPRS 72514-3; ODI panel 97908-8 with the score 97909-6 in percent and the raw sum
 * as a component; RMDQ (no LOINC code) {@code .../CodeSystem/rmdq#total}; STarT Back panel 91349-1
 * with its items as components and the total, distress subscore and risk group as members. A result
 * too incomplete to score has no observations.
 */
final class MeasureResources {
    private final Measures measures;

    MeasureResources(Measures measures) {
        this.measures = measures;
    }

    /** NPRS: one item whose choices are the numbers themselves. */
    static boolean isNumeric(Instrument instrument) {
        return instrument.items().size() == 1
                && instrument.items().get(0).choices().stream()
                        .allMatch(choice -> choice.key().equals(String.valueOf(choice.score())));
    }

    static String id(String profile, MeasureLog measure) {
        return Support.uuid("measure", profile, measure.instrument(), measure.recordedAt());
    }

    /** The response first, then its observations. */
    List<Resource> write(String profile, MeasureLog measure, Reference patient) {
        Optional<Instrument> found = measures.find(measure.instrument());
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(id(profile, measure));
        response.setQuestionnaire(Codes.questionnaire(measure.instrument()));
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setAuthoredElement(Support.dateTime(measure.recordedAt()));
        response.setSubject(patient.copy());
        response.addExtension(Codes.EXT_TAKEN_ON, Support.date(measure.takenOn()));
        response.addExtension(Codes.EXT_SCORE, new StringType(measure.score()));
        if (!measure.band().isEmpty()) {
            response.addExtension(Codes.EXT_BAND, new StringType(measure.band()));
        }
        Responses responses = Responses.parse(measure.responses());
        for (int number = 1; number <= responses.size(); number++) {
            Optional<Integer> score = responses.score(number);
            if (score.isEmpty()) {
                continue;
            }
            QuestionnaireResponseItemComponent item = response.addItem();
            item.setLinkId(String.valueOf(number));
            item.addAnswer().setValue(answer(found, number, score.get()));
        }
        List<Resource> resources = new ArrayList<>();
        resources.add(response);
        if (found.isPresent() && found.get().score(responses) instanceof Outcome.Scored scored) {
            resources.addAll(observations(profile, measure, scored, patient, response));
        }
        return resources;
    }

    private static Type answer(Optional<Instrument> instrument, int number, int score) {
        if (instrument.isEmpty() || isNumeric(instrument.get())) {
            return new IntegerType(score);
        }
        Item item = instrument.get().items().get(number - 1);
        List<Choice> giving =
                item.choices().stream().filter(choice -> choice.score() == score).toList();
        if (giving.size() != 1) {
            return new IntegerType(score);
        }
        return new Coding(
                Codes.answers(instrument.get().id()), giving.get(0).key(), giving.get(0).label());
    }

    private List<Observation> observations(
            String profile,
            MeasureLog measure,
            Outcome.Scored scored,
            Reference patient,
            QuestionnaireResponse response) {
        String key = id(profile, measure);
        List<Observation> observations = new ArrayList<>();
        switch (measure.instrument()) {
            case "nprs" -> {
                Observation pain = observation(key, "nprs", measure, patient, response);
                pain.setCode(loinc(Codes.NPRS, "Pain severity - 0-10 verbal numeric rating"));
                pain.setValue(new IntegerType(scored.score()));
                observations.add(pain);
            }
            case "odi" -> {
                Observation panel = observation(key, "odi-panel", measure, patient, response);
                panel.setCode(loinc(Codes.ODI_PANEL, "Oswestry Disability Index panel"));
                Observation score = observation(key, "odi-score", measure, patient, response);
                score.setCode(loinc(Codes.ODI_SCORE, "Oswestry Disability Index score"));
                score.setValue(
                        new Quantity()
                                .setValue(scored.score())
                                .setUnit("%")
                                .setSystem(Codes.UCUM)
                                .setCode("%"));
                score.addComponent()
                        .setCode(
                                new CodeableConcept(
                                        new Coding(
                                                Codes.SCORE, "raw-sum", "Sum of the item scores")))
                        .setValue(new IntegerType(scored.responses().sum()));
                panel.addHasMember(Support.reference(score));
                observations.add(panel);
                observations.add(score);
            }
            case "rmdq" -> {
                Observation total = observation(key, "rmdq", measure, patient, response);
                total.setCode(
                        new CodeableConcept(
                                new Coding(
                                        Codes.answers("rmdq"),
                                        "total",
                                        "Roland-Morris Disability Questionnaire total")));
                total.setValue(new IntegerType(scored.score()));
                observations.add(total);
            }
            case "startback" -> {
                Observation panel = observation(key, "startback-panel", measure, patient, response);
                panel.setCode(loinc(Codes.STARTBACK_PANEL, "Keele STarT Back Screening Tool"));
                for (int number = 1; number <= scored.responses().size(); number++) {
                    Optional<Integer> score = scored.responses().score(number);
                    if (score.isPresent() && number <= Codes.STARTBACK_ITEMS.length) {
                        panel.addComponent()
                                .setCode(loinc(Codes.STARTBACK_ITEMS[number - 1], null))
                                .setValue(new IntegerType(score.get()));
                    }
                }
                Observation total = observation(key, "startback-total", measure, patient, response);
                total.setCode(loinc(Codes.STARTBACK_TOTAL, "Total score"));
                total.setValue(new IntegerType(scored.score()));
                Observation distress =
                        observation(key, "startback-distress", measure, patient, response);
                distress.setCode(loinc(Codes.STARTBACK_DISTRESS, "Distress subscore"));
                distress.setValue(new IntegerType(scored.subscale().orElse(0)));
                panel.addHasMember(Support.reference(total));
                panel.addHasMember(Support.reference(distress));
                observations.add(panel);
                observations.add(total);
                observations.add(distress);
                risk(scored.band())
                        .ifPresent(
                                answer -> {
                                    Observation risk =
                                            observation(
                                                    key,
                                                    "startback-risk",
                                                    measure,
                                                    patient,
                                                    response);
                                    risk.setCode(loinc(Codes.STARTBACK_RISK, "Risk level"));
                                    risk.setValue(new CodeableConcept(answer));
                                    panel.addHasMember(Support.reference(risk));
                                    observations.add(risk);
                                });
            }
            default -> {
                // an instrument with no observation mapping: the response alone carries it
            }
        }
        return observations;
    }

    /** The LOINC answer of a STarT Back risk group, by the band's words. */
    private static Optional<Coding> risk(String band) {
        return switch (band) {
            case "high risk" -> Optional.of(new Coding(Codes.LOINC, "LA9193-9", "High"));
            case "medium risk" -> Optional.of(new Coding(Codes.LOINC, "LA8982-6", "Medium"));
            case "low risk" -> Optional.of(new Coding(Codes.LOINC, "LA9194-7", "Low"));
            default -> Optional.empty();
        };
    }

    private static CodeableConcept loinc(String code, String display) {
        return new CodeableConcept(new Coding(Codes.LOINC, code, display));
    }

    private static Observation observation(
            String key,
            String part,
            MeasureLog measure,
            Reference patient,
            QuestionnaireResponse response) {
        Observation observation = new Observation();
        observation.setId(Support.uuid("measure-observation", key, part));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation
                .addCategory()
                .addCoding(new Coding(Codes.OBSERVATION_CATEGORY, "survey", "Survey"));
        observation.setSubject(patient.copy());
        observation.setEffective(
                new org.hl7.fhir.r4.model.DateTimeType(measure.takenOn().toString()));
        observation.setIssuedElement(Support.instant(measure.recordedAt()));
        observation.addDerivedFrom(Support.reference(response));
        return observation;
    }

    /** Whether a response answers one of our outcome measures. */
    Optional<Instrument> instrument(QuestionnaireResponse response) {
        String questionnaire = response.getQuestionnaire();
        if (questionnaire == null || !questionnaire.startsWith(Codes.QUESTIONNAIRE)) {
            return Optional.empty();
        }
        String id = questionnaire.substring(Codes.QUESTIONNAIRE.length()).replaceFirst("\\|.*", "");
        return measures.find(id).filter(instrument -> instrument.id().equals(id));
    }

    MeasureLog read(Instrument instrument, QuestionnaireResponse response, String where) {
        Instant recordedAt = Support.instant(response.getAuthoredElement(), where + ".authored");
        List<Optional<Integer>> scores = new ArrayList<>();
        instrument.items().forEach(item -> scores.add(Optional.empty()));
        for (QuestionnaireResponseItemComponent item : response.getItem()) {
            String field = where + ".item(" + item.getLinkId() + ")";
            int number;
            try {
                number = Integer.parseInt(item.getLinkId());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(field, "is not an item of the " + instrument.id());
            }
            if (number < 1 || number > instrument.items().size()) {
                throw new InvalidInputException(field, "is not an item of the " + instrument.id());
            }
            if (scores.get(number - 1).isPresent()) {
                throw new InvalidInputException(field, "is answered twice");
            }
            if (!item.hasAnswer()) {
                continue;
            }
            if (item.getAnswer().size() > 1) {
                throw new InvalidInputException(field + ".answer", "takes one answer");
            }
            scores.set(
                    number - 1,
                    Optional.of(
                            score(
                                    instrument.items().get(number - 1),
                                    item.getAnswerFirstRep().getValue(),
                                    field + ".answer[0]")));
        }
        Responses responses = new Responses(scores);
        Outcome outcome;
        try {
            outcome = instrument.score(responses);
        } catch (InvalidInputException e) {
            throw e.within(where);
        }
        LocalDate takenOn =
                Support.extension(response, Codes.EXT_TAKEN_ON)
                        .map(
                                value ->
                                        Support.day(
                                                Support.as(
                                                        value,
                                                        DateType.class,
                                                        where + ".extension(measure-taken-on)"),
                                                where))
                        .orElseGet(() -> Support.day(response.getAuthoredElement(), where));
        String score =
                Support.extension(response, Codes.EXT_SCORE)
                        .map(value -> value.primitiveValue())
                        .orElse(outcome.scoreText());
        String band =
                Support.extension(response, Codes.EXT_BAND)
                        .map(value -> value.primitiveValue())
                        .orElse(
                                Support.extension(response, Codes.EXT_SCORE).isPresent()
                                        ? ""
                                        : outcome.band());
        return new MeasureLog(
                instrument.id(), takenOn, recordedAt, responses.format(), score, band);
    }

    private static int score(Item item, Type value, String field) {
        int score;
        if (value instanceof IntegerType number) {
            score = number.getValue();
        } else {
            Coding coding = Support.as(value, Coding.class, field);
            score =
                    item.choice(String.valueOf(coding.getCode()))
                            .map(Choice::score)
                            .orElseThrow(
                                    () ->
                                            new InvalidInputException(
                                                    field,
                                                    "'"
                                                            + coding.getCode()
                                                            + "' is not a choice of item "
                                                            + item.number()));
        }
        if (!item.allows(score)) {
            throw new InvalidInputException(
                    field, "item " + item.number() + " cannot score " + score);
        }
        return score;
    }
}
