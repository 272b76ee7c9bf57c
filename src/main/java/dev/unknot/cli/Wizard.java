package dev.unknot.cli;

import dev.unknot.assessment.Interview;
import dev.unknot.intake.Answer;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import dev.unknot.intake.text.OneAnswer;
import dev.unknot.knowledge.WizardQuestion;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Asks the intake questions one at a time in plain words, in the order and with the stop rule of
 * the {@link Interview} (the same the web wizard follows): it asks nothing more once the answers
 * decide the result, so the person is told at once. Questions already answered (e.g. from free
 * text) are not asked again.
 */
final class Wizard {
    private final Interview interview;
    private final OneAnswer reader;
    private final LineInput input;
    private final PrintWriter out;

    Wizard(Interview interview, OneAnswer reader, LineInput input, PrintWriter out) {
        this.interview = interview;
        this.reader = reader;
        this.input = input;
        this.out = out;
    }

    /** The wizard of the program {@code services}, reading from {@code input}. */
    static Wizard of(Services services, LineInput input, PrintWriter out) {
        return new Wizard(services.interview(), new OneAnswer(services.freeText()), input, out);
    }

    /**
     * Asks every question {@code start} leaves open and returns the answers; at end of input the
     * rest stay unanswered.
     */
    Intake run(Intake start) {
        return run(start, question -> true);
    }

    /**
     * Asks the open questions that {@code asked} selects, e.g. only the safety questions for a
     * diary entry.
     */
    Intake run(Intake start, Predicate<Question> asked) {
        Intake.Builder answers = start.toBuilder();
        List<Question> todo = interview.todo(start, asked);
        if (!interview.decided(start, todo)) {
            out.println(
                    "Answer each question; type \"not sure\" to leave one open (it is never taken as \"no\").");
        }
        for (int index = 0; index < todo.size(); index++) {
            if (interview.decided(answers.build(), todo.subList(index, todo.size()))) {
                break;
            }
            Question question = todo.get(index);
            Optional<Answer<Object>> answer =
                    ask(interview.wording(question), index + 1, todo.size());
            if (answer.isEmpty()) {
                out.println("(input ended: the remaining questions stay unanswered)");
                break;
            }
            answer.get().value().ifPresent(value -> answers.put(question, value));
        }
        out.flush();
        return answers.build();
    }

    /**
     * Asks one question until the reply is one it takes or "not sure"; after any other reply, one
     * short line says what is allowed and the question is asked again without its list.
     */
    private Optional<Answer<Object>> ask(WizardQuestion question, int number, long total) {
        String prompt =
                String.format(
                        "%n[%d/%d] %s%n     %s%n> ",
                        number, total, question.prompt(), AnswerHints.shown(question));
        while (true) {
            Optional<String> line = input.readLine(prompt);
            if (line.isEmpty()) {
                return Optional.empty();
            }
            OneAnswer.Reply reply = reader.read(question, line.get());
            if (reply instanceof OneAnswer.Settled settled) {
                return Optional.of(Answer.of(settled.value()));
            }
            if (reply instanceof OneAnswer.Open) {
                return Optional.of(Answer.unanswered());
            }
            out.println(AnswerHints.again(question, ((OneAnswer.NotUnderstood) reply).whichOne()));
            prompt = String.format("[%d/%d] %s%n> ", number, total, question.prompt());
        }
    }
}
