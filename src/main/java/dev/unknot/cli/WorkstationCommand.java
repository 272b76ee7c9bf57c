package dev.unknot.cli;

import dev.unknot.intake.InvalidInputException;
import dev.unknot.pathway.WorkstationChecks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unknot workstation}: asks the workstation check (or reads the answers from {@code
 * --answers FILE}), shows the score in words, the changes to make with their sources and how it
 * compares with the last check, and stores it. Bad answers exit 2 naming the item and store
 * nothing.
 */
@Command(
        name = "workstation",
        description = {
            "Check how your desk is set up (chair, feet, screen, keyboard, breaks, light, laptop).",
            "Gives a score and the changes to make, each with its source; 'workstation history' lists your checks."
        },
        subcommands = WorkstationHistoryCommand.class)
final class WorkstationCommand implements Callable<Integer> {
    final Services services;
    private final Console console;

    @Spec CommandSpec spec;

    @Option(
            names = "--answers",
            paramLabel = "FILE",
            description =
                    "Read the answers from FILE, one 'ITEM: ANSWER' a line (e.g. 'screen-height: no'); '#' starts a comment.")
    Path answers;

    @Mixin ProfileOptions store;

    @Mixin ColorOption color;

    WorkstationCommand(Services services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() {
        String profile = store.profile(services);
        PrintWriter out = spec.commandLine().getOut();
        Style style = color.style();
        Map<String, String> typed;
        if (answers != null) {
            typed = read(answers);
        } else {
            out.println(style.dim(services.knowledge().disclaimer()));
            typed = ask(out);
        }
        WorkstationChecks checks = services.workstation(store.database());
        WorkstationChecks.Taken taken = checks.take(profile, typed, "answers");
        WorkstationText text = new WorkstationText(style, services.clock().getZone());
        out.print(text.result(taken));
        out.println();
        out.println(
                "Saved to the profile '"
                        + profile
                        + "'. See all your checks with: unknot workstation history");
        out.flush();
        return 0;
    }

    private Map<String, String> ask(PrintWriter out) {
        if (console.interactive()) {
            try (TerminalInput terminal = new TerminalInput()) {
                return new WorkstationQuestions(terminal, out).ask(services.checklist());
            }
        }
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8));
        return new WorkstationQuestions(LineInput.pipe(reader, out), out).ask(services.checklist());
    }

    /** Reads {@code ITEM: ANSWER} lines; a line of another form is refused with its number. */
    static Map<String, String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageProblem("cannot read --answers " + file + ": " + e.getMessage());
        }
        Map<String, String> typed = new LinkedHashMap<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[:=]", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new InvalidInputException(
                        "answers", "line " + number + " is not 'ITEM: ANSWER': '" + line + "'");
            }
            String item = parts[0].strip();
            if (typed.put(item, parts[1].strip()) != null) {
                throw new InvalidInputException(
                        "answers." + item, "answered twice (line " + number + ")");
            }
        }
        return typed;
    }
}
