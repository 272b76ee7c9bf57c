package dev.unknot.cli;

import dev.unknot.knowledge.StopSign;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts the stop signs to the person in the terminal, each as yes or no. Only a clear yes or no is
 * taken: anything else, "not sure" included, is asked again, because a stop sign is never read as
 * "no". What the answers mean is decided by {@link dev.unknot.pathway.StopSignCheck}.
 */
final class StopSignQuestions {
    private static final Set<String> YES = Set.of("y", "yes");
    private static final Set<String> NO = Set.of("n", "no");

    private final LineInput input;
    private final PrintWriter out;

    StopSignQuestions(LineInput input, PrintWriter out) {
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
            String prompt =
                    String.format(
                            "%n[%d/%d] %s?%n     yes / no%n> ",
                            number++, signs.size(), sign.text());
            while (!answers.containsKey(sign.id())) {
                Optional<String> line = input.readLine(prompt);
                if (line.isEmpty()) {
                    return answers;
                }
                String text = line.get().trim().toLowerCase(Locale.ROOT);
                if (YES.contains(text) || NO.contains(text)) {
                    answers.put(sign.id(), YES.contains(text));
                } else {
                    out.println("Please answer yes or no: a stop sign cannot be left open.");
                    prompt = "> ";
                }
            }
        }
        return answers;
    }
}
