package dev.unknot.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unknot.assessment.Understood;
import dev.unknot.cli.Cli;
import dev.unknot.config.Config;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import dev.unknot.intake.TextReading;
import dev.unknot.intake.text.FreeText;
import dev.unknot.knowledge.StopSign;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * The terminal: every run builds the program and the command line as {@code Main} does, and types
 * into a pipe.
 */
final class TerminalFrontEnd implements FrontEnd {
    private static final Pattern PROMPT =
            Pattern.compile("^\\[\\d+/\\d+\\] (.+)$", Pattern.MULTILINE);
    private final Path home;

    TerminalFrontEnd() {
        try {
            home = Files.createTempDirectory("unknot-parity");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "terminal";
    }

    private record Run(int exitCode, String out, String err) {}

    private Run run(String stdin, String... args) {
        Config config = Config.fromEnvironment(Map.of("UNKNOT_HOME", home.toString()), home);
        try (App app = Parity.app(config)) {
            CommandLine commandLine =
                    Cli.create(
                            app,
                            new dev.unknot.cli.Console(
                                    new ByteArrayInputStream(
                                            stdin.getBytes(StandardCharsets.UTF_8)),
                                    false),
                            args[0]);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            int exitCode = commandLine.execute(args);
            if (exitCode != 0) {
                throw new AssertionError(
                        "unknot " + String.join(" ", args) + " exited " + exitCode + ": " + err);
            }
            return new Run(exitCode, out.toString(), err.toString());
        }
    }

    @Override
    public Interviewed interview(
            String text, Set<Question> notMeant, Map<Question, String> answers) {
        StringBuilder typed = new StringBuilder();
        Intake start = text.isEmpty() ? Intake.empty() : confirm(text, notMeant, typed);
        for (Question question : Parity.INTERVIEW.todo(start)) {
            typed.append(typed(answers.get(question))).append('\n');
        }
        Run run =
                text.isEmpty()
                        ? run(typed.toString(), "assess", "--json")
                        : run(typed.toString(), "assess", "--text", text, "--ask-rest", "--json");
        List<Question> asked = new ArrayList<>();
        Matcher prompt = PROMPT.matcher(run.err());
        while (prompt.find()) {
            String words = prompt.group(1).trim();
            asked.add(
                    Parity.INTERVIEW.todo(Intake.empty()).stream()
                            .filter(
                                    question ->
                                            Parity.INTERVIEW
                                                    .wording(question)
                                                    .prompt()
                                                    .trim()
                                                    .equals(words))
                            .findFirst()
                            .orElseThrow(
                                    () -> new AssertionError("no question is worded " + words)));
        }
        try {
            JsonNode result = Parity.JSON.readTree(run.out());
            return new Interviewed(
                    asked, result.path("disposition").asText(), Parity.rules(result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Types what a person types as the words are read back: "no" to an emergency whose answers are
     * all not meant (else Enter, keeping it), then the numbers of the answers not meant (or Enter).
     * The answers the wizard starts from.
     */
    private static Intake confirm(String text, Set<Question> notMeant, StringBuilder typed) {
        TextReading read = new FreeText().read(text);
        Set<Question> taken = EnumSet.noneOf(Question.class);
        Understood understood = Parity.INTERVIEW.understood(read, taken);
        while (understood.isEmergency()) {
            if (!notMeant.containsAll(understood.emergencyFrom())) {
                typed.append('\n');
                return understood.reading().intake();
            }
            typed.append("no\n");
            taken.addAll(understood.emergencyFrom());
            understood = Parity.INTERVIEW.understood(read, taken);
        }
        if (!understood.settled().isEmpty()) {
            List<String> numbers = new ArrayList<>();
            for (int index = 0; index < understood.settled().size(); index++) {
                Question question = understood.settled().get(index).question();
                if (notMeant.contains(question)) {
                    numbers.add(String.valueOf(index + 1));
                    taken.add(question);
                }
            }
            typed.append(String.join(" ", numbers)).append('\n');
        }
        return read.reopen(taken).intake();
    }

    private static String typed(String answer) {
        return answer.equals(NOT_SURE) ? "not sure" : answer;
    }

    @Override
    public SessionRun session(Map<String, Boolean> stopSigns) {
        String profile = Parity.newName();
        run("", "assess", "--answers", "examples/intake.json", "--save", "--profile", profile);
        StringBuilder typed = new StringBuilder();
        List<String> stoppedBy = new ArrayList<>();
        for (StopSign sign : TestApps.KNOWLEDGE.care().stopSigns()) {
            boolean yes = stopSigns.get(sign.id());
            typed.append(yes ? "yes\n" : "no\n");
            if (yes) {
                stoppedBy.add(sign.id());
            }
        }
        typed.append(
                stoppedBy.isEmpty() ? "5\n" + "\n".repeat(20) + "3\n" : "not sure\n".repeat(4));
        Run run =
                run(
                        typed.toString(),
                        "session",
                        "--profile",
                        profile,
                        "--speed",
                        "1000",
                        "--color=never");
        if (!stoppedBy.isEmpty() && !run.out().contains("STOP: the session does not start")) {
            throw new AssertionError("a yes did not stop the session: " + run.out());
        }
        return new SessionRun(stoppedBy, kept(profile));
    }

    @Override
    public Kept diary(List<Entry> entries) {
        String profile = Parity.newName();
        for (Entry entry : entries) {
            if (entry.safety().isEmpty()) {
                run(
                        "",
                        "log",
                        "--profile",
                        profile,
                        "--pain",
                        String.valueOf(entry.pain()),
                        "--date",
                        entry.date().toString());
                continue;
            }
            StringBuilder typed = new StringBuilder();
            for (Question question : Parity.INTERVIEW.todo(Intake.empty(), Question::isSafety)) {
                typed.append(typed(entry.safety().getOrDefault(question, NOT_SURE))).append('\n');
            }
            run(
                    typed.toString(),
                    "log",
                    "--profile",
                    profile,
                    "--pain",
                    String.valueOf(entry.pain()),
                    "--date",
                    entry.date().toString(),
                    "--check-safety");
        }
        return kept(profile);
    }

    private Kept kept(String profile) {
        try (App app =
                Parity.app(Config.fromEnvironment(Map.of("UNKNOT_HOME", home.toString()), home))) {
            return Parity.kept(app, profile);
        }
    }

    @Override
    public void close() {}
}
