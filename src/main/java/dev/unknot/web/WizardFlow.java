package dev.unknot.web;

import dev.unknot.intake.Answer;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.WizardQuestion;
import dev.unknot.triage.Triage;
import java.util.List;

/**
 * The web wizard's order, the same as the terminal wizard's: the knowledge base's questions, safety
 * first; it ends at once when an answer makes the result an emergency, and after the last safety
 * question when it is urgent. Stateless and thread-safe: the state travels in {@link WizardState}.
 */
final class WizardFlow {
    private final List<WizardQuestion> questions;
    private final Triage triage;

    WizardFlow(KnowledgeBase knowledge, Triage triage) {
        this.questions = knowledge.questions();
        this.triage = triage;
    }

    /** A wizard asking every question {@code start} leaves open. */
    WizardState start(Intake start) {
        return new WizardState(start, questions.stream().map(WizardQuestion::question)
                .filter(question -> !start.isAnswered(question)).toList(), 0);
    }

    WizardQuestion question(Question question) {
        return questions.stream().filter(q -> q.question() == question).findFirst().orElseThrow();
    }

    /** The state after answering the current question: the next step, or finished. */
    WizardState answer(WizardState state, Answer<Object> answer) {
        Question question = state.current();
        Intake.Builder builder = state.intake().toBuilder().clear(question);
        answer.value().ifPresent(value -> builder.put(question, value));
        WizardState next = new WizardState(builder.build(), state.todo(), state.step() + 1);
        if (question.isSafety() && decided(next)) {
            return new WizardState(next.intake(), state.todo(), state.todo().size());
        }
        return next;
    }

    /**
     * Whether the answers so far already decide the result, however they arrived (free text, an address):
     * an emergency at once, an urgent finding once no safety question is left to ask.
     */
    boolean decided(WizardState state) {
        Disposition now = triage.triage(state.intake()).disposition();
        boolean safetyLeft = state.todo().subList(Math.min(state.step(), state.todo().size()), state.todo().size())
                .stream().anyMatch(Question::isSafety);
        return now == Disposition.EMERGENCY || now == Disposition.URGENT && !safetyLeft;
    }

    WizardState back(WizardState state) {
        return new WizardState(state.intake(), state.todo(), Math.max(0, state.step() - 1));
    }
}
