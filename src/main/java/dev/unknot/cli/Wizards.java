package dev.unknot.cli;

import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        if (console.interactive()) {
            try (TerminalInput terminal = new TerminalInput()) {
                return new Wizard(services.interview(), terminal, out).run(start, asked);
            }
        }
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8));
        return new Wizard(services.interview(), LineInput.pipe(reader, out), out).run(start, asked);
    }
}
