package dev.unknot.cli;

import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.AssessmentJson;
import dev.unknot.assessment.Assessor;
import dev.unknot.intake.FreeText;
import dev.unknot.intake.Intake;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.Question;
import dev.unknot.intake.TextReading;
import dev.unknot.knowledge.KnowledgeBase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unknot assess}: from a JSON answers file, a free-text description or the interactive wizard
 * to the triage result and plan. Exits 0 for every disposition and 2 for input it cannot read.
 */
@Command(name = "assess", description = {
    "Assess a lower back knot: safety questions, triage, likely muscles and a self-care plan.",
    "With no --answers or --text, asks the questions one at a time."})
final class AssessCommand implements Callable<Integer> {
    static final long MAX_ANSWERS_BYTES = 1_000_000;

    /** How colour is chosen for the human-readable output. */
    enum ColorMode { auto, always, never }

    private final KnowledgeBase knowledge;
    private final Assessor assessor;
    private final Console console;

    @Spec
    CommandSpec spec;

    @Option(names = "--answers", paramLabel = "FILE",
            description = "Read the answers from a JSON file in the form of intake.md ('-' for standard input).")
    String answersFile;

    @Option(names = "--text", paramLabel = "TEXT",
            description = "Describe the knot in your own words, e.g. \"tight knot above my left hip for 3 days, no tingling\".")
    String text;

    @Option(names = "--ask-rest", description = "With --text: then ask the questions the text left unanswered.")
    boolean askRest;

    @Option(names = "--json", description = "Print the result as JSON (the Output form of intake.md).")
    boolean json;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ColorMode color;

    AssessCommand(KnowledgeBase knowledge, Assessor assessor, Console console) {
        this.knowledge = knowledge;
        this.assessor = assessor;
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
        Map<Question, String> evidence = Map.of();
        if (answersFile != null) {
            intake = new IntakeJson().read(readAnswers());
        } else if (text != null) {
            TextReading reading = new FreeText().read(text);
            intake = askRest ? wizard(reading.intake()) : reading.intake();
            evidence = reading.evidence();
        } else {
            intake = wizard(Intake.empty());
        }
        Assessment assessment = assessor.assess(intake);
        if (json) {
            out.println(new AssessmentJson(knowledge).write(assessment, evidence));
        } else {
            out.print(new AssessmentText(knowledge, Style.forTerminal(color.name())).render(assessment, evidence));
        }
        out.flush();
        return 0;
    }

    private Intake wizard(Intake start) {
        // Prompts go to stderr under --json so standard output stays one JSON document.
        PrintWriter prompts = json ? spec.commandLine().getErr() : spec.commandLine().getOut();
        prompts.println(knowledge.disclaimer());
        if (console.interactive()) {
            try (TerminalInput terminal = new TerminalInput()) {
                return new Wizard(knowledge, assessor.triage(), terminal, prompts).run(start);
            }
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8));
        return new Wizard(knowledge, assessor.triage(), LineInput.pipe(reader, prompts), prompts).run(start);
    }

    private String readAnswers() {
        try {
            if (answersFile.equals("-")) {
                byte[] bytes = console.in().readNBytes((int) MAX_ANSWERS_BYTES + 1);
                if (bytes.length > MAX_ANSWERS_BYTES) {
                    throw new UsageProblem("--answers: standard input is larger than " + MAX_ANSWERS_BYTES + " bytes");
                }
                return decode(bytes);
            }
            Path path = Path.of(answersFile);
            if (Files.isDirectory(path)) {
                throw new UsageProblem("--answers: " + answersFile + " is a directory, not a JSON file");
            }
            if (Files.size(path) > MAX_ANSWERS_BYTES) {
                throw new UsageProblem("--answers: " + answersFile + " is larger than " + MAX_ANSWERS_BYTES + " bytes");
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
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UsageProblem("--answers: " + answersFile + " is not UTF-8 text");
        }
    }

    /** Standard input and whether a person is at a terminal. */
    record Console(InputStream in, boolean interactive) {
        static Console system() {
            return new Console(System.in, System.console() != null);
        }
    }

}
