package dev.unknot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.intake.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

class WizardPagesTest {
    private static final WizardPages PAGES = WizardPages.load(KnowledgeBaseTest.KNOWLEDGE);

    @Test
    void everyQuestionIsOnOnePageSafetyFirstInTheOrderOfTheQuestions() {
        List<Question> all =
                PAGES.pages().stream().flatMap(page -> page.questions().stream()).toList();

        assertThat(all)
                .containsExactlyElementsOf(
                        KnowledgeBaseTest.KNOWLEDGE.questions().stream()
                                .map(WizardQuestion::question)
                                .toList());
        assertThat(PAGES.pages()).hasSize(3);
        assertThat(PAGES.pages().get(0).isSafety()).isTrue();
        assertThat(PAGES.pages().get(0).questions()).hasSize(Question.safetyQuestions().size());
    }

    @Test
    void groupingLeavesOutEmptyPagesAndKeepsTheOrder() {
        List<WizardPage> pages = PAGES.group(List.of(Question.AGE, Question.FEVER, Question.SIDE));

        assertThat(pages).extracting(WizardPage::id).containsExactly("safety", "knot", "you");
        assertThat(PAGES.group(List.of(Question.TOOLS, Question.AGE)))
                .singleElement()
                .extracting(WizardPage::questions)
                .isEqualTo(List.of(Question.AGE, Question.TOOLS));
    }
}
