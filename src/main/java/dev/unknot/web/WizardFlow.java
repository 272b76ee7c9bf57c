package dev.unknot.web;

import dev.unknot.assessment.Interview;
import dev.unknot.intake.Answer;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.WizardQuestion;

/**
 * The web wizard's steps over the {@link Interview}, the same order and stop rule as the terminal
 * wizard. Stateless and thread-safe: the state travels in {@link WizardState}.
 */
final class WizardFlow {
    private final Interview interview;

    WizardFlow(Interview interview) {
        this.interview = interview;
    }

    /** A wizard asking every question {@code start} leaves open. */
    WizardState start(Intake start) {
        return new WizardState(start, interview.todo(start), 0);
    }

    WizardQuestion question(Question question) {
        return interview.wording(question);
    }

    /** The state after answering the current question: the next step, or finished. */
    WizardState answer(WizardState state, Answer<Object> answer) {
        Question question = state.current();
        Intake.Builder builder = state.intake().toBuilder().clear(question);
        answer.value().ifPresent(value -> builder.put(question, value));
        WizardState next = new WizardState(builder.build(), state.todo(), state.step() + 1);
        if (decided(next)) {
            return new WizardState(next.intake(), state.todo(), state.todo().size());
        }
        return next;
    }

    /**
     * Whether the answers so far already decide the result, however they arrived (free text, an
     * address).
     */
    boolean decided(WizardState state) {
        return interview.decided(
                state.intake(),
                state.todo()
                        .subList(Math.min(state.step(), state.todo().size()), state.todo().size()));
    }

    WizardState back(WizardState state) {
        return new WizardState(state.intake(), state.todo(), Math.max(0, state.step() - 1));
    }
}
