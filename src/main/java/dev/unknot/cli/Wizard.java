package dev.unknot.cli;

import dev.unknot.assessment.Interview;
import dev.unknot.intake.Answer;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
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
    private final LineInput input;
    private final PrintWriter out;

    Wizard(Interview interview, LineInput input, PrintWriter out) {
        this.interview = interview;
        this.input = input;
        this.out = out;
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

    private Optional<Answer<Object>> ask(WizardQuestion question, int number, long total) {
        String prompt =
                String.format(
                        "%n[%d/%d] %s%n     %s%n> ",
                        number, total, question.prompt(), AnswerParser.allowed(question));
        while (true) {
            Optional<String> line = input.readLine(prompt);
            if (line.isEmpty()) {
                return Optional.empty();
            }
            Optional<Answer<Object>> answer = AnswerParser.parse(question, line.get());
            if (answer.isPresent()) {
                return answer;
            }
            out.println(
                    "Sorry, \"" + line.get().trim() + "\" is not one of the answers I can take.");
            prompt = "Please answer: " + AnswerParser.allowed(question) + "\n> ";
        }
    }
}
