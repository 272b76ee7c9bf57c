package dev.unknot.cli;

import dev.unknot.measure.Choice;
import dev.unknot.measure.Instrument;
import dev.unknot.measure.Item;
import dev.unknot.measure.Responses;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Asks a questionnaire's items one at a time with the allowed answers shown, asking again after an
 * answer it cannot take. An empty line skips an item where the instrument allows missing items, up
 * to its limit, so what is asked can always be scored. The end of input before the last item is a
 * usage problem.
 */
final class MeasureQuestions {
    private final LineInput input;
    private final PrintWriter out;

    MeasureQuestions(LineInput input, PrintWriter out) {
        this.input = input;
        this.out = out;
    }

    Responses ask(Instrument instrument) {
        out.println(instrument.name());
        out.println(instrument.intro());
        int allowedSkips = instrument.scoring().maxMissing();
        int skipped = 0;
        List<Optional<Integer>> scores = new ArrayList<>();
        for (Item item : instrument.items()) {
            String skip = skipped < allowedSkips ? "; Enter to skip" : "";
            String options = MeasureAnswers.listed(item) ? MeasureAnswers.allowed(item) + "\n" : "";
            String answer =
                    MeasureAnswers.listed(item)
                            ? "type " + MeasureAnswers.keys(item)
                            : MeasureAnswers.allowed(item);
            String prompt =
                    String.format(
                            "%n[%d/%d] %s%n%s  (%s%s)%n> ",
                            item.number(),
                            instrument.items().size(),
                            item.text(),
                            options,
                            answer,
                            skip);
            while (true) {
                Optional<String> line = input.readLine(prompt);
                if (line.isEmpty()) {
                    throw new UsageProblem(
                            "input ended at item "
                                    + item.number()
                                    + " of "
                                    + instrument.items().size()
                                    + " of the "
                                    + instrument.shortName()
                                    + "; nothing was stored");
                }
                if (line.get().isBlank()) {
                    if (skipped < allowedSkips) {
                        skipped++;
                        scores.add(Optional.empty());
                        break;
                    }
                    out.println(
                            allowedSkips == 0
                                    ? "Every item of the "
                                            + instrument.shortName()
                                            + " needs an answer."
                                    : "You have skipped "
                                            + allowedSkips
                                            + " items, the most the "
                                            + instrument.shortName()
                                            + " allows; please answer this one.");
                } else {
                    Optional<Choice> choice = MeasureAnswers.parse(item, line.get());
                    if (choice.isPresent()) {
                        scores.add(Optional.of(choice.get().score()));
                        break;
                    }
                    out.println(
                            "Sorry, \""
                                    + line.get().trim()
                                    + "\" is not one of the answers I can take.");
                }
                prompt = "Please answer " + MeasureAnswers.keys(item) + "\n> ";
            }
        }
        out.flush();
        return new Responses(scores);
    }
}
