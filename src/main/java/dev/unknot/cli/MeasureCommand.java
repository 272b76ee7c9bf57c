package dev.unknot.cli;

import dev.unknot.diary.Escalation;
import dev.unknot.followup.MeasureService;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Values;
import dev.unknot.measure.Choice;
import dev.unknot.measure.Instrument;
import dev.unknot.measure.Item;
import dev.unknot.measure.Outcome;
import dev.unknot.measure.Responses;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unknot measure INSTRUMENT}: asks a validated questionnaire's items (or takes them from
 * {@code --answers}), shows the score, band and citation, and stores the result, with any advice it
 * raises, in one transaction. Unknown instruments, bad answers and unscorable results exit 2 and
 * store nothing.
 */
@Command(
        name = "measure",
        description = {
            "Take an outcome measure: nprs (0-10 pain), odi (Oswestry), rmdq (Roland-Morris) or startback (STarT Back).",
            "Asks the items one at a time; the score is stored with the date."
        })
final class MeasureCommand implements Callable<Integer> {
    private final Services services;
    private final Console console;

    @Spec CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "INSTRUMENT",
            description = "nprs, odi, rmdq or startback.")
    String instrument;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "The day the answers are for (default: today).")
    String date;

    @Option(
            names = "--answers",
            paramLabel = "LIST",
            description =
                    "The answers in item order, separated by commas, '-' for a skipped item (e.g. 3,2,-,1,...).")
    String answers;

    @Mixin ProfileOptions store;

    @Mixin ColorOption color;

    MeasureCommand(Services services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() {
        Instrument chosen =
                services.measures()
                        .find(instrument)
                        .orElseThrow(
                                () ->
                                        new UsageProblem(
                                                "unknown measure '"
                                                        + instrument
                                                        + "'; choose one of: "
                                                        + services.measures().ids()));
        LocalDate day = date == null ? LocalDate.now(services.clock()) : Values.date("date", date);
        String profile = store.profile(services);
        PrintWriter out = spec.commandLine().getOut();
        Responses responses = answers != null ? fromList(chosen, answers) : ask(chosen, out);
        MeasureService.Recorded recorded;
        try {
            recorded =
                    services.measureService(store.database())
                            .record(profile, chosen, responses, day, "answers");
        } catch (InvalidInputException e) {
            if (e.path().equals("answers")) {
                throw new UsageProblem(e.reason());
            }
            throw e;
        }
        Outcome.Scored scored = recorded.scored();
        Optional<Escalation> escalation = recorded.escalation();
        out.print(new MeasureText(color.style()).result(scored, day));
        escalation.ifPresent(
                raised ->
                        out.print(
                                new FollowUpText(color.style(), services.knowledge())
                                        .escalation(raised)));
        out.println(
                "Saved to the profile '" + profile + "'. See all results with: unknot measures");
        out.flush();
        return 0;
    }

    private Responses ask(Instrument chosen, PrintWriter out) {
        if (console.interactive()) {
            try (TerminalInput terminal = new TerminalInput()) {
                return new MeasureQuestions(terminal, out).ask(chosen);
            }
        }
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8));
        return new MeasureQuestions(LineInput.pipe(reader, out), out).ask(chosen);
    }

    /**
     * Reads {@code --answers}: one answer per item as it would be typed, {@code -} or nothing for a
     * skipped item.
     */
    static Responses fromList(Instrument chosen, String list) {
        String[] parts = list.split(",", -1);
        if (parts.length != chosen.items().size()) {
            throw new InvalidInputException(
                    "answers",
                    "the "
                            + chosen.shortName()
                            + " has "
                            + chosen.items().size()
                            + " items, "
                            + parts.length
                            + " answers were given");
        }
        List<Optional<Integer>> scores = new ArrayList<>();
        for (Item item : chosen.items()) {
            String typed = parts[item.number() - 1].trim();
            if (typed.isEmpty() || typed.equals("-")) {
                scores.add(Optional.empty());
                continue;
            }
            Choice choice =
                    MeasureAnswers.parse(item, typed)
                            .orElseThrow(
                                    () ->
                                            new InvalidInputException(
                                                    "answers",
                                                    "item "
                                                            + item.number()
                                                            + " of the "
                                                            + chosen.shortName()
                                                            + ": '"
                                                            + typed
                                                            + "' is not one of "
                                                            + MeasureAnswers.keys(item)));
            scores.add(Optional.of(choice.score()));
        }
        return new Responses(scores);
    }
}
