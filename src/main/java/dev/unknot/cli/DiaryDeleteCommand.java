package dev.unknot.cli;

import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.FollowUp;
import dev.unknot.followup.FollowUpService;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code unknot diary delete ID}: deletes a diary entry after asking (unless {@code --yes}), then
 * shows the follow-up verdict on what is left.
 */
@Command(name = "delete", description = "Delete a diary entry (asks first unless --yes).")
final class DiaryDeleteCommand implements Callable<Integer> {
    @ParentCommand DiaryCommand diary;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Mixin DiaryEntryArgument argument;

    @Option(names = "--yes", description = "Delete without asking.")
    boolean yes;

    @picocli.CommandLine.Mixin ColorOption color;

    @Override
    public Integer call() {
        FollowUpService followUp = diary.services.followUp(store.database());
        String profile = store.profile(diary.services);
        long entryId = argument.id();
        DiaryEntry entry =
                followUp.entry(profile, entryId).orElseThrow(() -> argument.notIn(profile));
        PrintWriter out = spec.commandLine().getOut();
        if (!yes && !confirmed(out, entry)) {
            out.println("Nothing was deleted.");
            out.flush();
            return 0;
        }
        FollowUp.Verdict verdict =
                followUp.delete(profile, entryId).orElseThrow(() -> argument.notIn(profile));
        out.println(
                "Deleted entry "
                        + entryId
                        + " ("
                        + FollowUpText.describe(entry)
                        + ") from the diary of '"
                        + profile
                        + "'.");
        out.print(new FollowUpText(color.style(), diary.services.knowledge()).verdict(verdict));
        out.flush();
        return 0;
    }

    private boolean confirmed(PrintWriter out, DiaryEntry entry) {
        BufferedReader in =
                new BufferedReader(
                        new InputStreamReader(diary.console.in(), StandardCharsets.UTF_8));
        while (true) {
            out.println(
                    "Delete entry " + argument.id() + " (" + FollowUpText.describe(entry) + ")?");
            out.println("     yes / no");
            out.print("> ");
            out.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                line = null;
            }
            if (line == null) {
                return false;
            }
            String answer = line.trim().toLowerCase(Locale.ROOT);
            if (answer.equals("yes") || answer.equals("y")) {
                return true;
            }
            if (answer.equals("no") || answer.equals("n")) {
                return false;
            }
        }
    }
}
