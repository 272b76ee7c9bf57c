package dev.unknot.cli;

import dev.unknot.diary.Activity;
import dev.unknot.diary.NewEntry;
import dev.unknot.followup.FollowUpService;
import dev.unknot.followup.Logged;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Pain;
import dev.unknot.intake.Question;
import dev.unknot.intake.Values;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unknot log}: adds a pain diary entry, then shows the follow-up verdict, any escalation,
 * and — when a safety question was answered yes — the assessment run again at once.
 */
@Command(
        name = "log",
        description = "Add a pain diary entry (and, on request, answer the safety questions).")
final class LogCommand implements Callable<Integer> {
    private final Services services;
    private final Console console;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @Option(
            names = "--pain",
            required = true,
            paramLabel = "0-10",
            description = "Pain right now, 0 (none) to 10 (worst).")
    int pain;

    @Option(
            names = "--note",
            paramLabel = "TEXT",
            defaultValue = "",
            description = "A short note (up to 1000 characters).")
    String note;

    @Option(
            names = "--activities",
            paramLabel = "WHAT",
            split = ",",
            description =
                    "What you did: session, massage, stretch, heat, cold, walk, exercise, rest, other"
                            + " (--did, its older name, works too).")
    List<String> activities = List.of();

    /** The older name of {@code --activities}, kept so that scripts written for it still run. */
    @Option(names = "--did", paramLabel = "WHAT", split = ",", hidden = true)
    List<String> did = List.of();

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "The day the entry is for (default: today).")
    String date;

    @Option(names = "--check-safety", description = "Answer the safety questions with this entry.")
    boolean checkSafety;

    @picocli.CommandLine.Mixin ColorOption color;

    LogCommand(Services services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() {
        FollowUpService followUp = services.followUp(store.database());
        // Everything typed on the command line is checked before the safety questions, so a yes
        // given to
        // them is never thrown away by a mistake in another option.
        LocalDate day = date == null ? followUp.today() : Values.date("date", date);
        NewEntry checked =
                new NewEntry(
                                day,
                                Pain.of("pain", pain),
                                Activity.fromCodes(
                                        Stream.concat(activities.stream(), did.stream()).toList(),
                                        "activities"),
                                note,
                                Map.of())
                        .notAfter(followUp.today());
        Map<Question, Object> safety = checkSafety ? askSafety() : Map.of();
        NewEntry entry =
                new NewEntry(
                        checked.date(),
                        checked.pain(),
                        checked.activities(),
                        checked.note(),
                        safety);
        Logged logged = followUp.log(store.profile(services), entry);
        PrintWriter out = spec.commandLine().getOut();
        Style style = color.style();
        out.println(
                "Saved to the diary of '"
                        + store.profile(services)
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

    private Map<Question, Object> askSafety() {
        PrintWriter out = spec.commandLine().getOut();
        return Wizards.run(services, console, out, Intake.empty(), Question::isSafety).answers();
    }
}
