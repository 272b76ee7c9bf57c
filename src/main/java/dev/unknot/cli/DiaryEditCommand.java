package dev.unknot.cli;

import dev.unknot.diary.Activity;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.NewEntry;
import dev.unknot.followup.FollowUpService;
import dev.unknot.followup.Logged;
import dev.unknot.intake.Pain;
import dev.unknot.intake.Values;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code unknot diary edit ID}: changes what a diary entry says (what is not given stays as it
 * was), checked exactly as a new entry is, then shows the follow-up run again.
 */
@Command(
        name = "edit",
        description =
                "Change a diary entry (its number is in 'unknot diary'); what you leave out stays as"
                        + " it was.")
final class DiaryEditCommand implements Callable<Integer> {
    @ParentCommand DiaryCommand diary;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Mixin DiaryEntryArgument argument;

    @Option(names = "--pain", paramLabel = "0-10", description = "Pain, 0 (none) to 10 (worst).")
    Integer pain;

    @Option(
            names = "--note",
            paramLabel = "TEXT",
            description = "The note (up to 1000 characters).")
    String note;

    @Option(
            names = "--activities",
            paramLabel = "WHAT",
            split = ",",
            description =
                    "What you did: session, massage, stretch, heat, cold, walk, exercise, rest, other.")
    List<String> activities;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day the entry is for.")
    String date;

    @picocli.CommandLine.Mixin ColorOption color;

    @Override
    public Integer call() {
        Services services = diary.services;
        FollowUpService followUp = services.followUp(store.database());
        String profile = store.profile(services);
        long entryId = argument.id();
        DiaryEntry old =
                followUp.entry(profile, entryId).orElseThrow(() -> argument.notIn(profile));
        NewEntry changed =
                new NewEntry(
                        date == null ? old.date() : Values.date("date", date),
                        pain == null ? old.pain() : Pain.of("pain", pain),
                        activities == null
                                ? old.activities()
                                : Activity.fromCodes(activities, "activities"),
                        note == null ? old.note() : note,
                        old.safety());
        Logged logged =
                followUp.edit(profile, entryId, changed).orElseThrow(() -> argument.notIn(profile));
        PrintWriter out = spec.commandLine().getOut();
        Style style = color.style();
        out.println(
                "Changed entry "
                        + entryId
                        + " in the diary of '"
                        + profile
                        + "': "
                        + FollowUpText.describe(logged.entry())
                        + ".");
        new FollowUpText(style, services.knowledge())
                .logged(
                        out,
                        logged,
                        new AssessmentText(services.knowledge(), style, services.helpRegion()));
        out.flush();
        return 0;
    }
}
