package dev.unknot.cli;

import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.Understood;
import dev.unknot.intake.Intake;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.TextReading;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unknot assess}: from a JSON answers file, a free-text description or the interactive
 * wizard to the triage result and plan. Exits 0 for every disposition and 2 for input it cannot
 * read.
 */
@Command(
        name = "assess",
        description = {
            "Assess a lower back knot: safety questions, triage, likely muscles and a self-care plan.",
            "With no --answers or --text, asks the questions one at a time."
        })
final class AssessCommand implements Callable<Integer> {
    static final long MAX_ANSWERS_BYTES = 1_000_000;

    private final Services services;
    private final Console console;

    @Spec CommandSpec spec;

    @Option(
            names = "--answers",
            paramLabel = "FILE",
            description =
                    "Read the answers from a JSON file in the form of intake.md ('-' for standard input).")
    String answersFile;

    @Option(
            names = "--text",
            paramLabel = "TEXT",
            description =
                    "Describe the knot in your own words, e.g. \"tight knot above my left hip for 3 days, no tingling\".")
    String text;

    @Option(
            names = "--ask-rest",
            description =
                    "With --text: show what was read to confirm or correct, then ask the questions left open.")
    boolean askRest;

    @Option(
            names = "--json",
            description = "Print the result as JSON (the Output form of intake.md).")
    boolean json;

    @Option(
            names = "--save",
            description =
                    "Keep these answers in your profile, so 'unknot session' guides you through the plan.")
    boolean save;

    @picocli.CommandLine.Mixin ProfileOptions store;

    @picocli.CommandLine.Mixin ColorOption color;

    AssessCommand(Services services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (answersFile != null && text != null) {
            throw new UsageProblem("--answers and --text cannot be used together; choose one");
        }
        if (askRest && text == null) {
            throw new UsageProblem("--ask-rest goes with --text");
        }
        PrintWriter out = spec.commandLine().getOut();
        Intake intake;
        Optional<Understood> understood = Optional.empty();
        boolean shown = false;
        if (answersFile != null) {
            intake = new IntakeJson().read(readAnswers());
        } else if (text != null) {
            TextReading words = services.freeText().read(text);
            if (askRest) {
                Asked asked = confirmAndAsk(words);
                intake = asked.answers();
                understood = Optional.of(asked.understood());
                // an emergency kept: its result was shown first, before anything was asked
                shown = asked.understood().isEmergency() && !json;
            } else {
                intake = words.intake();
                understood = Optional.of(services.interview().understood(words));
            }
        } else {
            intake = wizard(Intake.empty());
        }
        Assessment assessment = services.assessor().assess(intake);
        AssessmentText text = assessmentText();
        if (save) {
            // saving opens the profile's record anyway: the plan shows its latest workstation check
            text =
                    text.withWorkstation(
                            services.workstation(store.database())
                                    .habitLinks(store.profile(services)));
        }
        if (json) {
            out.println(services.assessmentJson().write(assessment, understood));
        } else if (!shown) {
            out.print(text.render(assessment, understood));
        }
        if (save) {
            String profile = store.profile(services);
            services.assessments(store.database()).save(profile, intake);
            spec.commandLine()
                    .getErr()
                    .println(
                            "Saved to the profile '"
                                    + profile
                                    + "' for guided sessions and follow-up.");
        }
        out.flush();
        return 0;
    }

    private Intake wizard(Intake start) {
        PrintWriter prompts = prompts();
        prompts.println(services.knowledge().disclaimer());
        return Wizards.run(services, console, prompts, start, question -> true);
    }

    /** What was confirmed of the words, and the answers once the rest was asked. */
    private record Asked(Understood understood, Intake answers) {}

    /**
     * {@code --ask-rest}: what the words settled is read back to be confirmed (an emergency in them
     * shows its result first), then the wizard asks what is open, from the same input.
     */
    private Asked confirmAndAsk(TextReading words) {
        PrintWriter prompts = prompts();
        return Wizards.withInput(
                console,
                prompts,
                input -> {
                    Understood confirmed =
                            new ReadBack(
                                            services.interview(),
                                            services.assessor(),
                                            assessmentText(),
                                            services.knowledge().disclaimer(),
                                            input,
                                            prompts)
                                    .confirm(words);
                    Intake start = confirmed.reading().intake();
                    return new Asked(
                            confirmed,
                            confirmed.isEmergency()
                                    ? start
                                    : Wizard.of(services, input, prompts).run(start));
                });
    }

    /** Where questions go: stderr under --json, so standard output stays one JSON document. */
    private PrintWriter prompts() {
        return json ? spec.commandLine().getErr() : spec.commandLine().getOut();
    }

    private AssessmentText assessmentText() {
        return new AssessmentText(services.knowledge(), color.style(), services.helpRegion());
    }

    private String readAnswers() {
        try {
            if (answersFile.equals("-")) {
                byte[] bytes = console.in().readNBytes((int) MAX_ANSWERS_BYTES + 1);
                if (bytes.length > MAX_ANSWERS_BYTES) {
                    throw new UsageProblem(
                            "--answers: standard input is larger than "
                                    + MAX_ANSWERS_BYTES
                                    + " bytes");
                }
                return decode(bytes);
            }
            Path path = Path.of(answersFile);
            if (Files.isDirectory(path)) {
                throw new UsageProblem(
                        "--answers: " + answersFile + " is a directory, not a JSON file");
            }
            if (Files.size(path) > MAX_ANSWERS_BYTES) {
                throw new UsageProblem(
                        "--answers: "
                                + answersFile
                                + " is larger than "
                                + MAX_ANSWERS_BYTES
                                + " bytes");
            }
            return decode(Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw new UsageProblem("--answers: file not found: " + answersFile);
        } catch (IOException e) {
            throw new UsageProblem("--answers: cannot read " + answersFile + ": " + e.getMessage());
        }
    }

    private String decode(byte[] bytes) throws CharacterCodingException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UsageProblem("--answers: " + answersFile + " is not UTF-8 text");
        }
    }
}
