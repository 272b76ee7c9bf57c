package dev.unknot.knowledge;

import dev.unknot.intake.Question;
import java.util.Collection;
import java.util.List;

/**
 * One page of the web wizard ({@code wizard-pages.yaml}): its heading, the line under it, and the
 * questions asked together on it, in the order of {@code questions.yaml}.
 */
public record WizardPage(String id, String title, String intro, List<Question> questions) {
    public WizardPage {
        questions = List.copyOf(questions);
    }

    /** This page with only the questions among {@code asked}, in the same order. */
    public WizardPage only(Collection<Question> asked) {
        return new WizardPage(
                id, title, intro, questions.stream().filter(asked::contains).toList());
    }

    /** Whether the page asks safety questions (a page asks only safety questions or none). */
    public boolean isSafety() {
        return !questions.isEmpty() && questions.get(0).isSafety();
    }
}
