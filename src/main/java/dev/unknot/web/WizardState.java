package dev.unknot.web;

import dev.unknot.intake.Intake;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.IntakeJsonWriter;
import dev.unknot.intake.InvalidIntakeException;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.WizardPage;
import dev.unknot.knowledge.WizardPages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a person is in the web wizard, carried by the pages themselves instead of a server session:
 * {@code a} = the answers so far (the intake JSON form, base64url), {@code q} = the questions this
 * wizard asks, {@code n} = the index of the current page (the questions of {@code q} grouped as
 * {@code wizard-pages.yaml} groups them), {@code u} = the questions answered "not sure" (kept apart
 * from those left blank, so going back shows "not sure" picked again). It is not signed: it holds
 * only the person's own answers and is read back as strictly as the JSON API reads an intake.
 */
public record WizardState(Intake intake, Set<Question> unsure, List<WizardPage> pages, int page) {
    private static final IntakeJsonWriter WRITER = new IntakeJsonWriter();
    private static final IntakeJson READER = new IntakeJson();

    public WizardState {
        unsure = unsure.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(unsure));
        pages = List.copyOf(pages);
        if (page < 0 || page > pages.size()) {
            throw new InvalidIntakeException(
                    "n", "must be a page from 0 to " + pages.size() + ", was " + page);
        }
    }

    /** The encoded answers, for a hidden field or a query parameter. */
    public String answers() {
        return encode(intake);
    }

    /** Every question this wizard asks, page after page. */
    public List<Question> todo() {
        return pages.stream().flatMap(each -> each.questions().stream()).toList();
    }

    public String questions() {
        return todo().stream().map(Question::path).collect(Collectors.joining(","));
    }

    public boolean finished() {
        return page >= pages.size();
    }

    public WizardPage current() {
        return pages.get(page);
    }

    /** The questions of the pages after the current one. */
    public List<Question> later() {
        return pages.subList(Math.min(page + 1, pages.size()), pages.size()).stream()
                .flatMap(each -> each.questions().stream())
                .toList();
    }

    /** The same wizard at {@code index}, with {@code answers} and these "not sure" answers. */
    WizardState at(Intake answers, Set<Question> notSure, int index) {
        return new WizardState(answers, notSure, pages, index);
    }

    /** The questions answered "not sure", for a hidden field or a query parameter. */
    public String notSure() {
        return unsure.stream().sorted().map(Question::path).collect(Collectors.joining(","));
    }

    /** The query string of this state, e.g. for a redirect to {@code /assess}. */
    public String query() {
        String query = "a=" + url(answers()) + "&q=" + url(questions()) + "&n=" + page;
        return unsure.isEmpty() ? query : query + "&u=" + url(notSure());
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

    /**
     * Reads {@code a}, {@code q}, {@code n} and {@code u}; anything damaged is an error naming its
     * field.
     */
    static WizardState read(
            String answers, String questions, String step, String notSure, WizardPages grouping) {
        List<Question> todo = questionList("q", questions);
        Set<Question> unsure = EnumSet.noneOf(Question.class);
        unsure.addAll(questionList("u", notSure));
        int index;
        try {
            index = step == null || step.isBlank() ? 0 : Integer.parseInt(step.trim());
        } catch (NumberFormatException e) {
            throw new InvalidIntakeException("n", "must be a whole number, was '" + step + "'");
        }
        return new WizardState(decode(answers), unsure, grouping.group(todo), index);
    }

    private static List<Question> questionList(String field, String paths) {
        List<Question> questions = new ArrayList<>();
        Set<Question> seen = EnumSet.noneOf(Question.class);
        if (paths != null && !paths.isBlank()) {
            for (String path : paths.split(",")) {
                Question question =
                        Question.byField(path.trim())
                                .orElseThrow(
                                        () ->
                                                new InvalidIntakeException(
                                                        field, "unknown question '" + path + "'"));
                if (!seen.add(question)) {
                    throw new InvalidIntakeException(field, "question '" + path + "' named twice");
                }
                questions.add(question);
            }
        }
        return questions;
    }

    static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
