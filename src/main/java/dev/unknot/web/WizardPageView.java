package dev.unknot.web;

import dev.unknot.intake.Question;
import dev.unknot.knowledge.WizardPage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a wizard page shows: its heading and progress ("Step 2 of 3"), its questions, the state to
 * carry on, and when it is shown again, the questions left blank ({@code blank}) or answered with
 * something not offered ({@code invalid}), each by its prompt.
 */
public record WizardPageView(
        WizardState state,
        String title,
        String intro,
        boolean safety,
        List<QuestionView> questions,
        List<String> blank,
        List<String> invalid) {

    public WizardPageView {
        questions = List.copyOf(questions);
        blank = List.copyOf(blank);
        invalid = List.copyOf(invalid);
    }

    public int position() {
        return state.page() + 1;
    }

    public int total() {
        return state.pages().size();
    }

    public boolean canGoBack() {
        return state.page() > 0;
    }

    /** The page as first shown, its questions picked as answered so far. */
    static WizardPageView of(WizardState state, WizardFlow flow) {
        return of(state, flow, Map.of(), List.of(), List.of());
    }

    /**
     * The page shown again after it was sent: each question picked as {@code posted}, with the
     * questions left {@code blank} and those answered with something not offered ({@code invalid}).
     */
    static WizardPageView of(
            WizardState state,
            WizardFlow flow,
            Map<Question, List<String>> posted,
            List<Question> blank,
            List<Question> invalid) {
        WizardPage page = state.current();
        List<QuestionView> questions =
                page.questions().stream()
                        .map(
                                question ->
                                        QuestionView.of(
                                                flow.question(question),
                                                state.intake(),
                                                state.unsure().contains(question),
                                                posted.isEmpty()
                                                        ? Optional.empty()
                                                        : Optional.of(
                                                                posted.getOrDefault(
                                                                        question, List.of())),
                                                blank.contains(question)
                                                        || invalid.contains(question)))
                        .toList();
        return new WizardPageView(
                state,
                page.title(),
                page.intro(),
                page.isSafety(),
                questions,
                prompts(blank, flow),
                prompts(invalid, flow));
    }

    private static List<String> prompts(List<Question> questions, WizardFlow flow) {
        return questions.stream().map(question -> flow.question(question).prompt()).toList();
    }
}
