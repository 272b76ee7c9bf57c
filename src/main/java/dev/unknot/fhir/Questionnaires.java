package dev.unknot.fhir;

import dev.unknot.intake.AnswerType;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.WizardQuestion;
import dev.unknot.measure.Choice;
import dev.unknot.measure.Instrument;
import dev.unknot.measure.Item;
import dev.unknot.measure.Measures;
import dev.unknot.workstation.Checklist;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

/**
 * The questionnaires unknot publishes, built from its own data: the intake from the question
 * definitions ({@code questions.yaml} and {@link Question}), the outcome measures from {@code
 * measures.yaml}, the workstation check from {@code workstation.yaml}. Every item's {@code linkId}
 * is the intake question's path ({@code age}, {@code flags.fever}), the measure item's number
 * ({@code 1}, {@code 2}, ...) or the workstation item's id ({@code screen-height}).
 */
public final class Questionnaires {
    /** The id of the intake questionnaire. */
    public static final String INTAKE = "intake";

    /** The id of the workstation check's questionnaire. */
    public static final String WORKSTATION = "workstation";

    /** The version every questionnaire carries: that of the data format, not of the wording. */
    public static final String VERSION = "1";

    private final Map<String, Questionnaire> byId = new LinkedHashMap<>();

    public Questionnaires(KnowledgeBase knowledge, Measures measures, Checklist checklist) {
        byId.put(INTAKE, intake(knowledge));
        for (Instrument instrument : measures.instruments()) {
            byId.put(instrument.id(), measure(instrument));
        }
        byId.put(WORKSTATION, workstation(checklist));
    }

    /** Every questionnaire, the intake first, the workstation check last. */
    public List<Questionnaire> all() {
        return byId.values().stream().map(Questionnaire::copy).toList();
    }

    /**
     * The questionnaires a Bundle carries: every one but the workstation check's, which only a
     * record with workstation checks carries (a Bundle without them stays as it was).
     */
    List<Questionnaire> forBundle(boolean withWorkstationChecks) {
        return all().stream()
                .filter(
                        one ->
                                withWorkstationChecks
                                        || !WORKSTATION.equals(one.getIdElement().getIdPart()))
                .toList();
    }

    /** A questionnaire by id ({@code intake}, {@code nprs}, {@code odi}, ...). */
    public Optional<Questionnaire> byId(String id) {
        return Optional.ofNullable(byId.get(id)).map(Questionnaire::copy);
    }

    /** The code system of an intake question's answers, e.g. {@code .../CodeSystem/intake-side}. */
    static String intakeAnswers(Question question) {
        return Codes.answers(INTAKE + "-" + question.field());
    }

    private static Questionnaire intake(KnowledgeBase knowledge) {
        Questionnaire questionnaire = base(INTAKE, "unknot intake", "unknot: your lower back");
        questionnaire.setDescription(
                "What a person tells unknot about their lower back: the safety questions first,"
                        + " then the knot. A question left unanswered is left out of a response,"
                        + " never answered no.");
        List<Question> order = new ArrayList<>();
        knowledge.questions().forEach(wording -> order.add(wording.question()));
        for (Question question : Question.values()) {
            if (!order.contains(question)) {
                order.add(question);
            }
        }
        for (Question question : order) {
            Optional<WizardQuestion> wording =
                    knowledge.questions().stream()
                            .filter(one -> one.question() == question)
                            .findFirst();
            QuestionnaireItemComponent item = questionnaire.addItem();
            item.setLinkId(question.path());
            item.setText(wording.map(WizardQuestion::prompt).orElse(question.field()));
            AnswerType type = question.type();
            if (type instanceof AnswerType.YesNo) {
                item.setType(QuestionnaireItemType.BOOLEAN);
            } else if (type instanceof AnswerType.Whole) {
                item.setType(QuestionnaireItemType.INTEGER);
            } else {
                item.setType(QuestionnaireItemType.CHOICE);
                item.setRepeats(type instanceof AnswerType.SomeOf<?>);
                List<String> codes =
                        type instanceof AnswerType.OneOf<?> one
                                ? one.codes()
                                : ((AnswerType.SomeOf<?>) type).codes();
                for (String code : codes) {
                    String label =
                            wording.map(one -> one.choices().get(code))
                                    .filter(words -> words != null)
                                    .orElse(code);
                    item.addAnswerOption()
                            .setValue(new Coding(intakeAnswers(question), code, label));
                }
            }
        }
        return questionnaire;
    }

    private static Questionnaire measure(Instrument instrument) {
        Questionnaire questionnaire =
                base(instrument.id(), instrument.shortName(), instrument.name());
        questionnaire.setDescription(instrument.intro());
        for (Item measureItem : instrument.items()) {
            QuestionnaireItemComponent item = questionnaire.addItem();
            item.setLinkId(String.valueOf(measureItem.number()));
            item.setPrefix(measureItem.number() + ".");
            item.setText(measureItem.text());
            if (MeasureResources.isNumeric(instrument)) {
                item.setType(QuestionnaireItemType.INTEGER);
                continue;
            }
            item.setType(QuestionnaireItemType.CHOICE);
            for (Choice choice : measureItem.choices()) {
                Questionnaire.QuestionnaireItemAnswerOptionComponent option =
                        item.addAnswerOption()
                                .setValue(
                                        new Coding(
                                                Codes.answers(instrument.id()),
                                                choice.key(),
                                                choice.label()));
                option.addExtension(Codes.ORDINAL_VALUE, new DecimalType(choice.score()));
            }
        }
        return questionnaire;
    }

    private static Questionnaire workstation(Checklist checklist) {
        Questionnaire questionnaire =
                base(WORKSTATION, "WorkstationCheck", "unknot: your desk set-up");
        questionnaire.setDescription(
                "The workstation check: how the desk, chair, screen and breaks from sitting suit"
                        + " the lower back, from the HSE and OSHA workstation checklists. Every item"
                        + " offers 'not sure', which earns nothing and is listed to check.");
        for (dev.unknot.workstation.Item checkItem : checklist.items()) {
            QuestionnaireItemComponent item = questionnaire.addItem();
            item.setLinkId(checkItem.id());
            item.setText(checkItem.question());
            item.setType(QuestionnaireItemType.CHOICE);
            item.setRequired(true);
            for (dev.unknot.workstation.Choice choice : checkItem.choices()) {
                item.addAnswerOption()
                        .setValue(
                                new Coding(
                                        WorkstationResources.answers(),
                                        choice.key(),
                                        choice.label()));
            }
        }
        return questionnaire;
    }

    private static Questionnaire base(String id, String name, String title) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(id);
        questionnaire.setUrl(Codes.questionnaire(id));
        questionnaire.setVersion(VERSION);
        String machineName = name.replaceAll("[^A-Za-z0-9]", "");
        questionnaire.setName(
                Character.toUpperCase(machineName.charAt(0)) + machineName.substring(1));
        questionnaire.setTitle(title);
        questionnaire.setStatus(PublicationStatus.ACTIVE);
        questionnaire.setPublisher("unknot");
        questionnaire.addSubjectType("Patient");
        return questionnaire;
    }
}
