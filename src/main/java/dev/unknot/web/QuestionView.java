package dev.unknot.web;

import dev.unknot.intake.AnswerType;
import dev.unknot.intake.Coded;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.WizardQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One question on a wizard page: the prompt, the form field it is sent as ({@code field}, its path)
 * and the id its controls' ids start with ({@code id}), the kind of control, the choices, and
 * whether it was left blank when the page was sent.
 */
public record QuestionView(
        String prompt,
        String field,
        String id,
        boolean safety,
        String kind,
        String hint,
        List<Choice> choices,
        String min,
        String max,
        String number,
        boolean blank) {

    public QuestionView {
        choices = List.copyOf(choices);
    }

    /** The body map for the region and side questions (SVG markup), empty for the rest. */
    public String bodyMap() {
        // two maps can share a page: each keeps an id of its own
        return BodyMap.picker(field, choices)
                .replaceFirst("id=\"bodymap\"", "id=\"bodymap-" + id + "\"");
    }

    public boolean isNumber() {
        return kind.equals("number");
    }

    /**
     * The question as shown: picked as {@code posted} when the page was sent and is shown again,
     * else as answered in {@code intake} ({@code notSure}: answered "not sure").
     */
    static QuestionView of(
            WizardQuestion wizardQuestion,
            Intake intake,
            boolean notSure,
            Optional<List<String>> posted,
            boolean blank) {
        Question question = wizardQuestion.question();
        Object answer = intake.answer(question).value().orElse(null);
        AnswerType type = question.type();
        List<Choice> choices = new ArrayList<>();
        String kind;
        String min = "";
        String max = "";
        String number = "";
        String hint = "";
        if (type instanceof AnswerType.YesNo) {
            kind = "one";
            choices.add(choice(question, "yes", "Yes", posted, Boolean.TRUE.equals(answer)));
            choices.add(choice(question, "no", "No", posted, Boolean.FALSE.equals(answer)));
        } else if (type instanceof AnswerType.Whole whole) {
            kind = "number";
            min = String.valueOf(whole.min());
            max = String.valueOf(whole.max());
            number =
                    posted.map(values -> values.isEmpty() ? "" : values.get(0))
                            .orElse(answer == null ? "" : answer.toString());
            hint = "A whole number from " + min + " to " + max + ", or empty if you are not sure.";
        } else {
            kind = "one";
            if (type instanceof AnswerType.SomeOf<?> some) {
                kind = "some";
                hint =
                        some.minSize() == 0
                                ? "Tick any that fit, or none if none do."
                                : "Tick one or more.";
            }
            for (Map.Entry<String, String> entry : wizardQuestion.choices().entrySet()) {
                choices.add(
                        choice(
                                question,
                                entry.getKey(),
                                entry.getValue(),
                                posted,
                                picked(answer, entry.getKey())));
            }
        }
        if (!kind.equals("number")) {
            choices.add(
                    choice(
                            question,
                            FormAnswer.NOT_SURE,
                            question.isSafety() ? "Not sure" : "Not sure / skip",
                            posted,
                            notSure));
        }
        return new QuestionView(
                wizardQuestion.prompt(),
                question.path(),
                question.field(),
                question.isSafety(),
                kind,
                hint,
                choices,
                min,
                max,
                number,
                blank);
    }

    private static boolean picked(Object answer, String code) {
        if (answer instanceof Set<?> set) {
            return set.stream().anyMatch(member -> ((Coded) member).code().equals(code));
        }
        return answer instanceof Coded coded && coded.code().equals(code);
    }

    private static Choice choice(
            Question question,
            String code,
            String label,
            Optional<List<String>> posted,
            boolean answered) {
        boolean checked = posted.map(values -> values.contains(code)).orElse(answered);
        return new Choice(question.field() + "-" + code, code, label, checked);
    }
}
