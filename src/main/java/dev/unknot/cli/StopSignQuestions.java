package dev.unknot.cli;

import dev.unknot.intake.text.OneAnswer;
import dev.unknot.knowledge.StopSign;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the stop signs to the person in the terminal, each as yes or no. Only a clear yes or no is
 * taken, in its everyday forms ("y", "yep", "nah", "nope", read by {@link OneAnswer}): anything
 * else, "not sure" included, is asked again, because a stop sign is never read as "no". What the
 * answers mean is decided by {@link dev.unknot.pathway.StopSignCheck}.
 */
final class StopSignQuestions {
    private final OneAnswer reader;
    private final LineInput input;
    private final PrintWriter out;

    StopSignQuestions(OneAnswer reader, LineInput input, PrintWriter out) {
        this.reader = reader;
        this.input = input;
        this.out = out;
    }

    /**
     * The answers by sign id ({@code true} = yes), as far as the person gave them before the input
     * ended.
     */
    Map<String, Boolean> ask(List<StopSign> signs) {
        out.println(
                "Before you start: do you have any of these right now? Answer yes or no to each.");
        Map<String, Boolean> answers = new LinkedHashMap<>();
        int number = 1;
        for (StopSign sign : signs) {
            String heading = String.format("[%d/%d] %s?%n", number++, signs.size(), sign.text());
            String prompt = String.format("%n%s     yes / no%n> ", heading);
            while (!answers.containsKey(sign.id())) {
                Optional<String> line = input.readLine(prompt);
                if (line.isEmpty()) {
                    return answers;
                }
                if (reader.yesNo(line.get()) instanceof OneAnswer.Settled settled) {
                    answers.put(sign.id(), (Boolean) settled.value());
                } else {
                    out.println("Please answer yes or no: a stop sign cannot be left open.");
                    prompt = heading + "> ";
                }
            }
        }
        return answers;
    }
}
