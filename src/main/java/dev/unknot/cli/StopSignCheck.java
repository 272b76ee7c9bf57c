package dev.unknot.cli;

import dev.unknot.intake.Answer;
import dev.unknot.intake.AnswerType;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.StopSign;
import dev.unknot.knowledge.WizardQuestion;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Asks the plan's stop signs before a guided session, each as yes or no. Only a clear yes or no is
 * taken: anything else, "not sure" included, is asked again, because a stop sign is never read as "no".
 */
final class StopSignCheck {
    private static final Set<String> YES = Set.of("y", "yes");
    private static final Set<String> NO = Set.of("n", "no");

    private final KnowledgeBase knowledge;
    private final LineInput input;
    private final PrintWriter out;

    StopSignCheck(KnowledgeBase knowledge, LineInput input, PrintWriter out) {
        this.knowledge = knowledge;
        this.input = input;
        this.out = out;
    }

    /** What the check came to: the signs answered yes (none: the session may start), or the input ended. */
    record Result(boolean ended, List<StopSign> yes) {
        Result {
            yes = List.copyOf(yes);
        }

        boolean allClear() {
            return !ended && yes.isEmpty();
        }
    }

    Result ask(List<StopSign> signs) {
        out.println("Before you start: do you have any of these right now? Answer yes or no to each.");
        List<StopSign> yes = new ArrayList<>();
        int number = 1;
        for (StopSign sign : signs) {
            String prompt = String.format("%n[%d/%d] %s?%n     yes / no%n> ", number++, signs.size(), sign.text());
            while (true) {
                Optional<String> line = input.readLine(prompt);
                if (line.isEmpty()) {
                    return new Result(true, yes);
                }
                String text = line.get().trim().toLowerCase(Locale.ROOT);
                if (YES.contains(text)) {
                    yes.add(sign);
                    break;
                }
                if (NO.contains(text)) {
                    break;
                }
                out.println("Please answer yes or no: a stop sign cannot be left open.");
                prompt = "> ";
            }
        }
        return new Result(false, yes);
    }

    /**
     * The saved intake with the questions behind the signs answered yes: a yes/no question becomes yes; a
     * question with graded answers (which leg, how far) is asked in full, since "yes" alone does not say
     * which. "Not sure" there leaves it open, never "no". Empty if the input ends.
     */
    Optional<Intake> withYes(Intake saved, List<StopSign> yes) {
        Intake.Builder answers = saved.toBuilder();
        for (StopSign sign : yes) {
            for (Question question : sign.questions()) {
                if (question.type() instanceof AnswerType.YesNo) {
                    answers.put(question, true);
                    continue;
                }
                Optional<Answer<Object>> answer = askInFull(question);
                if (answer.isEmpty()) {
                    return Optional.empty();
                }
                answers.clear(question);
                answer.get().value().ifPresent(value -> answers.put(question, value));
            }
        }
        return Optional.of(answers.build());
    }

    private Optional<Answer<Object>> askInFull(Question question) {
        WizardQuestion wizard = knowledge.questions().stream().filter(q -> q.question() == question).findFirst()
                .orElseThrow();
        String prompt = String.format("%n%s%n     %s%n> ", wizard.prompt(), AnswerParser.allowed(wizard));
        while (true) {
            Optional<String> line = input.readLine(prompt);
            if (line.isEmpty()) {
                return Optional.empty();
            }
            Optional<Answer<Object>> answer = AnswerParser.parse(wizard, line.get());
            if (answer.isPresent()) {
                return answer;
            }
            out.println("Sorry, \"" + line.get().trim() + "\" is not one of the answers I can take.");
            prompt = "Please answer: " + AnswerParser.allowed(wizard) + "\n> ";
        }
    }
}
