package dev.unknot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code unknot breaks now}: one movement break now, with its exercises and the timer. */
@Command(
        name = "now",
        description =
                "Take a movement break now: its exercises and a timer, recorded like a scheduled one.")
final class BreaksNowCommand implements Callable<Integer> {
    @ParentCommand BreaksCommand parent;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Override
    public Integer call() {
        new BreakLoop(
                        parent.services.breaks(store.database()),
                        store.profile(parent.services),
                        parent.services.clock(),
                        parent.services.sleeper(),
                        new TerminalBell(spec.commandLine().getOut()),
                        IdleSource.NONE,
                        Optional.of(
                                new BufferedReader(
                                        new InputStreamReader(
                                                parent.console.in(), StandardCharsets.UTF_8))),
                        spec.commandLine().getOut(),
                        Optional.empty())
                .breakNow();
        return 0;
    }
}
