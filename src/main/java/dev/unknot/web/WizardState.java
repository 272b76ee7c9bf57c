package dev.unknot.web;

import dev.unknot.intake.Intake;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.IntakeJsonWriter;
import dev.unknot.intake.InvalidIntakeException;
import dev.unknot.intake.Question;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a person is in the web wizard, carried by the pages themselves instead of a server session:
 * {@code a} = the answers so far (the intake JSON form, base64url), {@code q} = the questions this
 * wizard asks, in order, {@code n} = the index of the current one. It is not signed: it holds only
 * the person's own answers and is read back as strictly as the JSON API reads an intake.
 */
public record WizardState(Intake intake, List<Question> todo, int step) {
    private static final IntakeJsonWriter WRITER = new IntakeJsonWriter();
    private static final IntakeJson READER = new IntakeJson();

    public WizardState {
        todo = List.copyOf(todo);
        if (step < 0 || step > todo.size()) {
            throw new InvalidIntakeException(
                    "n", "must be a step from 0 to " + todo.size() + ", was " + step);
        }
    }

    /** The encoded answers, for a hidden field or a query parameter. */
    public String answers() {
        return encode(intake);
    }

    public String questions() {
        return todo.stream().map(Question::path).collect(Collectors.joining(","));
    }

    public boolean finished() {
        return step >= todo.size();
    }

    public Question current() {
        return todo.get(step);
    }

    /** The query string of this state, e.g. for a redirect to {@code /assess}. */
    public String query() {
        return "a=" + url(answers()) + "&q=" + url(questions()) + "&n=" + step;
    }

    static String encode(Intake intake) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(WRITER.write(intake).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads {@code a}; a missing value is an empty intake, a damaged one an error naming {@code a}.
     */
    static Intake decode(String answers) {
        if (answers == null || answers.isBlank()) {
            return Intake.empty();
        }
        String json;
        try {
            json =
                    new String(
                            Base64.getUrlDecoder().decode(answers.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidIntakeException(
                    "a", "the saved answers are damaged; please start again");
        }
        return READER.read(json);
    }

    static WizardState read(String answers, String questions, String step) {
        List<Question> todo = new ArrayList<>();
        if (questions != null && !questions.isBlank()) {
            for (String path : questions.split(",")) {
                todo.add(
                        Question.byField(path.trim())
                                .orElseThrow(
                                        () ->
                                                new InvalidIntakeException(
                                                        "q", "unknown question '" + path + "'")));
            }
        }
        int index;
        try {
            index = step == null || step.isBlank() ? 0 : Integer.parseInt(step.trim());
        } catch (NumberFormatException e) {
            throw new InvalidIntakeException("n", "must be a whole number, was '" + step + "'");
        }
        return new WizardState(decode(answers), todo, index);
    }

    static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
