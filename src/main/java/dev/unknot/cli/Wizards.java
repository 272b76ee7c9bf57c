package dev.unknot.cli;

import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Predicate;

/** Runs the wizard over the right input: JLine on a terminal, a plain reader on a pipe. */
final class Wizards {
    private Wizards() {}

    static Intake run(
            Services services,
            Console console,
            PrintWriter out,
            Intake start,
            Predicate<Question> asked) {
        return withInput(console, out, input -> Wizard.of(services, input, out).run(start, asked));
    }

    /**
     * Does {@code work} reading the person's lines from one input (a terminal, or one reader over a
     * pipe, so that what one step reads ahead is not lost to the next).
     */
    static <T> T withInput(Console console, PrintWriter out, Function<LineInput, T> work) {
        if (console.interactive()) {
            try (TerminalInput terminal = new TerminalInput()) {
                return work.apply(terminal);
            }
        }
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8));
        return work.apply(LineInput.pipe(reader, out));
    }
}
