package dev.unknot.cli;

import dev.unknot.assessment.Assessor;
import dev.unknot.knowledge.KnowledgeBase;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the unknot command line in-process with the given standard input, capturing what it prints. */
record CliRun(int exitCode, String out, String err) {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();
    private static final Assessor ASSESSOR = new Assessor(KNOWLEDGE);

    static CliRun typing(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Cli.create(KNOWLEDGE, ASSESSOR,
                new AssessCommand.Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    static CliRun run(String... args) {
        return typing("", args);
    }
}
