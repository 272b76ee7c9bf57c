package dev.unknot.cli;

import picocli.CommandLine.Command;

/** The {@code unknot} command: its subcommands (added by {@link Cli}) do the work. */
@Command(
        name = "unknot",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Self-care support for knots in the lower back (myofascial trigger points).",
            "Education and self-care support, not a diagnosis."
        })
public final class UnknotCommand implements Runnable {

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
