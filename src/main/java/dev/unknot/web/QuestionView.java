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
 * What the wizard page shows for one question: prompt, progress, the choices, and the state to
 * carry on.
 */
public record QuestionView(
        WizardState state,
        String prompt,
        String field,
        boolean safety,
        String kind,
        String hint,
        List<Choice> choices,
        String min,
        String max,
        String number,
        Optional<String> error) {

    public QuestionView {
        choices = List.copyOf(choices);
    }

    public int position() {
        return state.step() + 1;
    }

    public int total() {
        return state.todo().size();
    }

    /** The body map for the region and side questions (SVG markup), empty for the rest. */
    public String bodyMap() {
        return BodyMap.picker(field, choices);
    }

    public boolean canGoBack() {
        return state.step() > 0;
    }

    static QuestionView of(
            WizardState state, WizardQuestion wizardQuestion, Optional<String> error) {
        Question question = wizardQuestion.question();
        Intake intake = state.intake();
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
            choices.add(choice(question, "yes", "Yes", Boolean.TRUE.equals(answer)));
            choices.add(choice(question, "no", "No", Boolean.FALSE.equals(answer)));
        } else if (type instanceof AnswerType.Whole whole) {
            kind = "number";
            min = String.valueOf(whole.min());
            max = String.valueOf(whole.max());
            number = answer == null ? "" : answer.toString();
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
                                picked(answer, entry.getKey())));
            }
        }
        if (!kind.equals("number")) {
            choices.add(
                    choice(
                            question,
                            FormAnswer.NOT_SURE,
                            question.isSafety() ? "Not sure" : "Not sure / skip",
                            false));
        }
        return new QuestionView(
                state,
                wizardQuestion.prompt(),
                question.path(),
                question.isSafety(),
                kind,
                hint,
                choices,
                min,
                max,
                number,
                error);
    }

    private static boolean picked(Object answer, String code) {
        if (answer instanceof Set<?> set) {
            return set.stream().anyMatch(member -> ((Coded) member).code().equals(code));
        }
        return answer instanceof Coded coded && coded.code().equals(code);
    }

    private static Choice choice(Question question, String code, String label, boolean checked) {
        return new Choice(question.field() + "-" + code, code, label, checked);
    }
}
