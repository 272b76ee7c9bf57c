package dev.unknot.cli;

import dev.unknot.intake.Answer;
import dev.unknot.intake.Intake;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.WizardQuestion;
import dev.unknot.triage.Triage;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * Asks the intake questions one at a time in plain words, safety questions first. It stops the moment
 * an answer makes the result an emergency, and after the safety questions when the result is urgent,
 * so the person is told at once. Questions already answered (e.g. from free text) are not asked again.
 */
final class Wizard {
    private final List<WizardQuestion> questions;
    private final Triage triage;
    private final LineInput input;
    private final PrintWriter out;

    Wizard(KnowledgeBase knowledge, Triage triage, LineInput input, PrintWriter out) {
        this.questions = knowledge.questions();
        this.triage = triage;
        this.input = input;
        this.out = out;
    }

    /** Asks every question {@code start} leaves open and returns the answers; at end of input the rest stay unanswered. */
    Intake run(Intake start) {
        return run(start, question -> true);
    }

    /** Asks the open questions that {@code asked} selects, e.g. only the safety questions for a diary entry. */
    Intake run(Intake start, java.util.function.Predicate<dev.unknot.intake.Question> asked) {
        Intake.Builder answers = start.toBuilder();
        java.util.function.Predicate<WizardQuestion> open = q -> asked.test(q.question()) && !answers.has(q.question());
        long total = questions.stream().filter(open).count();
        out.println("Answer each question; type \"not sure\" to leave one open (it is never taken as \"no\").");
        int count = 0;
        for (int index = 0; index < questions.size(); index++) {
            WizardQuestion question = questions.get(index);
            if (!open.test(question)) {
                continue;
            }
            count++;
            Optional<Answer<Object>> answer = ask(question, count, total);
            if (answer.isEmpty()) {
                out.println("(input ended: the remaining questions stay unanswered)");
                break;
            }
            answer.get().value().ifPresent(value -> answers.put(question.question(), value));
            if (question.question().isSafety() && stopsHere(answers.build(), index)) {
                break;
            }
        }
        out.flush();
        return answers.build();
    }

    private boolean stopsHere(Intake so, int index) {
        Disposition now = triage.triage(so).disposition();
        boolean lastSafety = index + 1 >= questions.size() || !questions.get(index + 1).question().isSafety();
        return now == Disposition.EMERGENCY || (now == Disposition.URGENT && lastSafety);
    }

    private Optional<Answer<Object>> ask(WizardQuestion question, int number, long total) {
        String prompt = String.format("%n[%d/%d] %s%n     %s%n> ", number, total, question.prompt(),
                AnswerParser.allowed(question));
        while (true) {
            Optional<String> line = input.readLine(prompt);
            if (line.isEmpty()) {
                return Optional.empty();
            }
            Optional<Answer<Object>> answer = AnswerParser.parse(question, line.get());
            if (answer.isPresent()) {
                return answer;
            }
            out.println("Sorry, \"" + line.get().trim() + "\" is not one of the answers I can take.");
            prompt = "Please answer: " + AnswerParser.allowed(question) + "\n> ";
        }
    }
}
