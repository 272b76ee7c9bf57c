package dev.unknot.cli;

import dev.unknot.followup.FollowUpService;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code unknot diary}: the pain diary as a table (with each entry's number, for {@code diary edit}
 * and {@code diary delete}), with today's follow-up verdict.
 */
@Command(
        name = "diary",
        description = "Show the pain diary; 'diary edit' and 'diary delete' change an entry.",
        subcommands = {DiaryEditCommand.class, DiaryDeleteCommand.class})
final class DiaryCommand implements Callable<Integer> {
    final Services services;
    final Console console;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @picocli.CommandLine.Mixin ColorOption color;

    DiaryCommand(Services services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() {
        FollowUpService followUp = services.followUp(store.database());
        String profile = store.profile(services);
        FollowUpText text = new FollowUpText(color.style(), services.knowledge());
        PrintWriter out = spec.commandLine().getOut();
        out.print(text.table(followUp.entries(profile)));
        out.print(text.verdict(followUp.verdict(profile)));
        out.flush();
        return 0;
    }
}
