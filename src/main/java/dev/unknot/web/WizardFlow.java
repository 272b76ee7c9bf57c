package dev.unknot.web;

import dev.unknot.assessment.Interview;
import dev.unknot.intake.Answer;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.WizardPage;
import dev.unknot.knowledge.WizardPages;
import dev.unknot.knowledge.WizardQuestion;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The web wizard's pages over the {@link Interview}: the questions in the same order as the
 * terminal wizard, grouped on a few pages ({@code wizard-pages.yaml}), and the same stop rule
 * ({@link Interview#decided}) applied each time a page is sent. Stateless and thread-safe: the
 * state travels in {@link WizardState}.
 */
final class WizardFlow {
    private final Interview interview;
    private final WizardPages pages;

    WizardFlow(Interview interview, WizardPages pages) {
        this.interview = interview;
        this.pages = pages;
    }

    /** A wizard asking every question {@code start} leaves open. */
    WizardState start(Intake start) {
        return wizard(start, interview.todo(start));
    }

    /** A wizard asking {@code todo}, from its first page, with {@code answers} so far. */
    WizardState wizard(Intake answers, List<Question> todo) {
        return new WizardState(answers, Set.of(), pages.group(todo), 0);
    }

    /** The state a page carried ({@code a}, {@code q}, {@code n}, {@code u}), read strictly. */
    WizardState read(String answers, String questions, String page, String notSure) {
        return WizardState.read(answers, questions, page, notSure, pages);
    }

    WizardQuestion question(Question question) {
        return interview.wording(question);
    }

    /**
     * What sending the current page does, with the answers {@code given} for its questions (a
     * question missing from {@code given} was left blank; "not sure" is given, as unanswered): the
     * result at once when the answers decide it, blank questions (never taken as "no") the same
     * page again, otherwise the next page.
     */
    Sent send(WizardState state, Map<Question, Answer<Object>> given) {
        Intake answers = merged(state, given);
        Set<Question> unsure = unsure(state, given);
        List<Question> blank =
                state.current().questions().stream()
                        .filter(question -> !given.containsKey(question))
                        .toList();
        List<Question> remaining = new ArrayList<>(blank);
        remaining.addAll(state.later());
        if (interview.decided(answers, remaining)) {
            return new Sent(state.at(answers, unsure, state.pages().size()), List.of());
        }
        if (!blank.isEmpty()) {
            return new Sent(state.at(answers, unsure, state.page()), blank);
        }
        return new Sent(state.at(answers, unsure, state.page() + 1), List.of());
    }

    /**
     * Whether the answers so far already decide the result, however they arrived (free text, an
     * address), with the current page and those after it still to ask.
     */
    boolean decided(WizardState state) {
        List<Question> remaining = new ArrayList<>();
        for (WizardPage page : state.pages().subList(state.page(), state.pages().size())) {
            remaining.addAll(page.questions());
        }
        return interview.decided(state.intake(), remaining);
    }

    /** One page back, keeping what was answered on this page ({@code given}). */
    WizardState back(WizardState state, Map<Question, Answer<Object>> given) {
        return state.at(merged(state, given), unsure(state, given), Math.max(0, state.page() - 1));
    }

    /** The "not sure" answers after this page: its own as given now, the others as they were. */
    private static Set<Question> unsure(WizardState state, Map<Question, Answer<Object>> given) {
        Set<Question> unsure = EnumSet.noneOf(Question.class);
        unsure.addAll(state.unsure());
        for (Question question : state.current().questions()) {
            unsure.remove(question);
            Answer<Object> answer = given.get(question);
            if (answer != null && answer.value().isEmpty()) {
                unsure.add(question);
            }
        }
        return unsure;
    }

    private static Intake merged(WizardState state, Map<Question, Answer<Object>> given) {
        Intake.Builder builder = state.intake().toBuilder();
        for (Question question : state.current().questions()) {
            builder.clear(question);
            Answer<Object> answer = given.get(question);
            if (answer != null) {
                answer.value().ifPresent(value -> builder.put(question, value));
            }
        }
        return builder.build();
    }

    /**
     * A page sent: the wizard's state after it, and the questions left blank when the same page is
     * to be shown again.
     */
    record Sent(WizardState state, List<Question> blank) {
        Sent {
            blank = List.copyOf(blank);
        }
    }
}
