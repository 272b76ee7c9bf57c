package dev.unknot.cli;

import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.Interview;
import dev.unknot.assessment.Understood;
import dev.unknot.intake.Question;
import dev.unknot.intake.TextReading;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The terminal's side of confirming what was read from a description in the person's own words
 * ({@code --text ... --ask-rest}): the core reads it back ({@link Interview#understood}), this
 * prints it and reads the person's corrections. An emergency in the words themselves prints its
 * result first, with the words behind it, then offers to take them back; otherwise "From your
 * words: ..." is shown, numbered, and the numbers typed are the answers not meant. At the end of
 * the input the reading is kept as it is.
 */
final class ReadBack {
    private final Interview interview;
    private final Assessor assessor;
    private final AssessmentText text;
    private final String disclaimer;
    private final LineInput input;
    private final PrintWriter out;

    ReadBack(
            Interview interview,
            Assessor assessor,
            AssessmentText text,
            String disclaimer,
            LineInput input,
            PrintWriter out) {
        this.interview = interview;
        this.assessor = assessor;
        this.text = text;
        this.disclaimer = disclaimer;
        this.input = input;
        this.out = out;
    }

    /**
     * What the person confirmed of {@code read}: the answers they said were not what they meant are
     * open again. Still an emergency when they kept it, its result already printed.
     */
    Understood confirm(TextReading read) {
        Set<Question> notMeant = EnumSet.noneOf(Question.class);
        Understood understood = interview.understood(read, notMeant);
        while (understood.isEmergency()) {
            out.print(
                    text.render(
                            assessor.assess(understood.reading().intake()),
                            Optional.of(understood)));
            if (!takenBack()) {
                out.flush();
                return understood;
            }
            notMeant.addAll(understood.emergencyFrom());
            understood = interview.understood(read, notMeant);
        }
        out.println(disclaimer);
        if (understood.settled().isEmpty()) {
            return understood;
        }
        notMeant.addAll(wrong(understood));
        return interview.understood(read, notMeant);
    }

    /** Whether the person says the emergency's words are not what they meant. */
    private boolean takenBack() {
        String prompt =
                "\nIf that is not what you meant, type \"no\" and the questions will ask about it"
                        + " instead; press Enter to keep it.\n> ";
        while (true) {
            Optional<String> line = input.readLine(prompt);
            if (line.isEmpty()) {
                return false;
            }
            String answer = line.get().trim().toLowerCase(Locale.ROOT);
            if (answer.isEmpty() || answer.equals("yes") || answer.equals("y")) {
                return false;
            }
            if (answer.equals("no") || answer.equals("n")) {
                return true;
            }
            out.println("Sorry, \"" + line.get().trim() + "\" is not an answer I can take.");
            prompt =
                    "Please press Enter to keep it, or type \"no\" if it is not what you meant.\n> ";
        }
    }

    /** Shows what was understood, numbered, and reads the numbers of the answers not meant. */
    private Set<Question> wrong(Understood understood) {
        List<Understood.Settled> settled = understood.settled();
        out.println();
        out.println("From your words:");
        for (int index = 0; index < settled.size(); index++) {
            out.println("  " + (index + 1) + ". " + AssessmentText.said(settled.get(index)));
        }
        if (!understood.open().isEmpty()) {
            out.println("Left open, to be asked:");
            for (Understood.Open open : understood.open()) {
                out.println("  - " + open.prompt() + "  (\"" + open.words() + "\")");
            }
        }
        String prompt =
                "Is that right? Press Enter if it is, or type the numbers of any answer that is not"
                        + " what you meant (e.g. 1 3).\n> ";
        while (true) {
            Optional<String> line = input.readLine(prompt);
            if (line.isEmpty()) {
                return Set.of();
            }
            Optional<Set<Question>> chosen = numbers(line.get(), settled);
            if (chosen.isPresent()) {
                return chosen.get();
            }
            out.println(
                    "Sorry, \""
                            + line.get().trim()
                            + "\" is not "
                            + (settled.size() == 1
                                    ? "1"
                                    : "a list of numbers from 1 to " + settled.size())
                            + ".");
            prompt =
                    "Please press Enter if it is right, or type the numbers of the wrong ones.\n> ";
        }
    }

    /** The answers named by their numbers ("2", "1 3", "1,3"); Enter or "yes" names none. */
    static Optional<Set<Question>> numbers(String line, List<Understood.Settled> settled) {
        String answer = line.trim().toLowerCase(Locale.ROOT);
        Set<Question> chosen = EnumSet.noneOf(Question.class);
        if (answer.isEmpty() || answer.equals("yes") || answer.equals("y")) {
            return Optional.of(chosen);
        }
        for (String part : answer.split("[\\s,]+")) {
            int number;
            try {
                number = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (number < 1 || number > settled.size()) {
                return Optional.empty();
            }
            chosen.add(settled.get(number - 1).question());
        }
        return Optional.of(chosen);
    }
}
