package dev.unknot.cli;

import dev.unknot.intake.InvalidInputException;
import dev.unknot.pathway.Breaks;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unknot breaks}: movement breaks in the foreground or, with {@code --background}, in a
 * process of their own ({@code stop} ends it), with {@code settings}, {@code today} and {@code
 * history}.
 */
@Command(
        name = "breaks",
        description =
                "Movement breaks through the working day: a notice, the break with its exercises and a timer.",
        subcommands = {
            BreaksNowCommand.class,
            BreaksSettingsCommand.class,
            BreaksTodayCommand.class,
            BreaksHistoryCommand.class,
            BreaksStopCommand.class
        })
final class BreaksCommand implements Callable<Integer> {
    /** How a break is announced. */
    enum NotifyMode {
        auto,
        bell
    }

    /** Where idle time comes from. */
    enum IdleMode {
        auto,
        none
    }

    final Services services;
    final Console console;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @Option(
            names = "--until",
            paramLabel = "HH:MM",
            description = "Stop at this time today (default: run until 'q' or Ctrl-C).")
    String until;

    @Option(
            names = "--notify",
            paramLabel = "HOW",
            defaultValue = "auto",
            description =
                    "auto: the desktop's notifier (notify-send) where there is one, else the terminal bell; bell: always the bell.")
    NotifyMode notify;

    @Option(
            names = "--idle",
            paramLabel = "HOW",
            defaultValue = "auto",
            description =
                    "auto: read time away from the keyboard with xprintidle where there is one; none: count from the last break.")
    IdleMode idle;

    @Option(names = "--no-input", description = "Read no answers: each break is a reminder only.")
    boolean noInput;

    @Option(
            names = "--background",
            description =
                    "Run without input in a process of its own, its output in breaks-PROFILE.log in the data directory; 'unknot breaks stop' ends it.")
    boolean background;

    BreaksCommand(Services services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (background) {
            return startInBackground();
        }
        Breaks breaks = services.breaks(store.database());
        String profile = store.profile(services);
        PrintWriter out = spec.commandLine().getOut();
        Optional<BufferedReader> in =
                noInput
                        ? Optional.empty()
                        : Optional.of(
                                new BufferedReader(
                                        new InputStreamReader(
                                                console.in(), StandardCharsets.UTF_8)));
        new BreakLoop(
                        breaks,
                        profile,
                        services.clock(),
                        services.sleeper(),
                        notify == NotifyMode.bell ? new TerminalBell(out) : Notifier.forSystem(out),
                        idle == IdleMode.none ? IdleSource.NONE : IdleSource.forSystem(),
                        in,
                        out,
                        stopAt())
                .run();
        return 0;
    }

    private int startInBackground() {
        stopAt();
        String profile = store.profile(services);
        BackgroundBreaks run = new BackgroundBreaks(services.config().home(), profile);
        List<String> arguments =
                new ArrayList<>(
                        List.of(
                                "breaks",
                                "--no-input",
                                "--notify",
                                notify.name(),
                                "--idle",
                                idle.name()));
        if (until != null) {
            arguments.addAll(List.of("--until", until));
        }
        // The database and profile go through the environment: a password in a URL stays out of
        // the process list.
        Map<String, String> environment =
                Map.of(
                        "UNKNOT_HOME", services.config().home().toAbsolutePath().toString(),
                        "UNKNOT_DB_URL",
                                store.database().orElse(services.config().database().jdbc()),
                        "UNKNOT_PROFILE", profile);
        BackgroundBreaks.Start start = run.start(arguments, environment);
        if (start instanceof BackgroundBreaks.Start.AlreadyRunning already) {
            throw new UsageProblem(
                    "movement breaks for '"
                            + profile
                            + "' already run in the background (process "
                            + already.pid()
                            + "); 'unknot breaks stop' ends them");
        }
        if (start instanceof BackgroundBreaks.Start.Ended ended) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("unknot: the movement breaks ended as soon as they started; they wrote:");
            err.print(ended.log());
            err.flush();
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(
                "Movement breaks run in the background (process "
                        + ((BackgroundBreaks.Start.Running) start).pid()
                        + "). 'unknot breaks stop' ends them; the log is "
                        + run.log()
                        + ".");
        out.flush();
        return 0;
    }

    private Optional<Instant> stopAt() {
        if (until == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    LocalDate.now(services.clock())
                            .atTime(LocalTime.parse(until))
                            .atZone(services.clock().getZone())
                            .toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "until", "must be a time like 17:30, was '" + until + "'");
        }
    }
}
