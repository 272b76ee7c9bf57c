package dev.unknot.cli;

import dev.unknot.app.App;
import dev.unknot.app.TestApps;
import dev.unknot.app.TestClock;
import dev.unknot.assessment.Assessor;
import dev.unknot.config.Config;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.session.Sleeper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs the unknot command line in-process with the given standard input, capturing what it prints.
 */
record CliRun(int exitCode, String out, String err) {
    static final KnowledgeBase KNOWLEDGE = TestApps.KNOWLEDGE;
    static final Assessor ASSESSOR = new Assessor(KNOWLEDGE);
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    /**
     * Runs commands against one data directory (and so one H2 database), with the clock at {@code
     * now}.
     */
    record Home(Path directory, Instant now, Sleeper sleeper) {
        Home(Path directory) {
            this(directory, NOW, Sleeper.real());
        }

        Home at(Instant later) {
            return new Home(directory, later, sleeper);
        }

        /** The same home with guided-session countdowns waiting on {@code other}. */
        Home sleepingWith(Sleeper other) {
            return new Home(directory, now, other);
        }

        Config config() {
            return Config.fromEnvironment(Map.of("UNKNOT_HOME", directory.toString()), directory);
        }

        CliRun run(String... args) {
            return typing("", args);
        }

        CliRun typing(String stdin, String... args) {
            try (App app = TestApps.app(config(), Clock.fixed(now, ZoneOffset.UTC), sleeper)) {
                return execute(app, stdin, args);
            }
        }

        /** Runs on {@code clock}, every wait moving it on by what was waited. */
        CliRun typingOn(TestClock clock, String stdin, String... args) {
            try (App app = TestApps.app(config(), clock, clock::advance)) {
                return execute(app, stdin, args);
            }
        }
    }

    /** Runs without a data directory: for commands that must not touch storage. */
    static CliRun typing(String stdin, String... args) {
        try (App app =
                TestApps.app(noStorage(), Clock.fixed(NOW, ZoneOffset.UTC), Sleeper.real())) {
            return execute(app, stdin, args);
        }
    }

    static CliRun run(String... args) {
        return typing("", args);
    }

    /**
     * Runs without a data directory the way {@code Main} does: only the command the first argument
     * names is built (all of them for {@code help}, {@code --help} or nothing), and help has no
     * colours.
     */
    static CliRun launched(String... args) {
        try (App app =
                TestApps.app(noStorage(), Clock.fixed(NOW, ZoneOffset.UTC), Sleeper.real())) {
            CommandLine commandLine =
                    Cli.create(
                            app,
                            new Console(InputStream.nullInputStream(), false),
                            args.length > 0 ? args[0] : "");
            commandLine.setColorScheme(
                    CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
            return execute(commandLine, args);
        }
    }

    /**
     * The names of the subcommands the command line has when the first argument is {@code first}.
     */
    static List<String> commandsBuiltFor(String first) {
        try (App app =
                TestApps.app(noStorage(), Clock.fixed(NOW, ZoneOffset.UTC), Sleeper.real())) {
            CommandLine commandLine =
                    Cli.create(app, new Console(InputStream.nullInputStream(), false), first);
            return List.copyOf(commandLine.getSubcommands().keySet());
        }
    }

    /** A configuration whose database can never be reached. */
    static Config noStorage() {
        return Config.fromEnvironment(
                Map.of("UNKNOT_DB_URL", "jdbc:postgresql://127.0.0.1:1/must-not-be-used"),
                Path.of("/nonexistent"));
    }

    /**
     * As {@code Main} runs it: the command line built for the first argument, on the program {@code
     * app}.
     */
    private static CliRun execute(App app, String stdin, String... args) {
        return execute(
                Cli.create(
                        app,
                        new Console(
                                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                                false),
                        args.length > 0 ? args[0] : ""),
                args);
    }

    private static CliRun execute(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
