package dev.unknot.app;

import dev.unknot.intake.IntakeJsonWriter;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.StopSign;
import dev.unknot.session.SessionStep;
import dev.unknot.session.SessionTiming;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web pages, used as a browser without JavaScript uses them: forms posted, redirects followed
 * by hand.
 */
final class WebPagesFrontEnd implements FrontEnd {
    private static final Pattern RULE = Pattern.compile("<span class=\"rule\">([^<]+)</span>");
    private static final Pattern CODE = Pattern.compile("data-code=\"([A-Z_]+)\"");
    private static final Pattern FIELD = Pattern.compile("data-field=\"([^\"]+)\"");
    private final Browserless web = new Browserless();

    @Override
    public String name() {
        return "web pages";
    }

    @Override
    public Interviewed interview(
            String text, Set<Question> notMeant, Map<Question, String> answers) {
        web.newVisitor();
        String location = "/assess";
        if (!text.isEmpty()) {
            HttpResponse<String> page = web.form("/text", List.of(Map.entry("text", text)));
            while (page.body().contains("id=\"not-what-i-meant\"")) {
                // an emergency in the words: its result first, with the words behind it
                List<String> carried = values(page.body(), "hidden", "notMeant");
                if (!carried.stream()
                        .map(path -> Question.byPath(path).orElseThrow())
                        .allMatch(notMeant::contains)) {
                    return new Interviewed(List.of(), disposition(page.body()), rules(page.body()));
                }
                page = web.form("/text", fields(text, carried, List.of()));
            }
            List<String> carried = values(page.body(), "hidden", "notMeant");
            List<String> ticked =
                    values(page.body(), "checkbox", "notMeant").stream()
                            .filter(path -> notMeant.contains(Question.byPath(path).orElseThrow()))
                            .toList();
            List<Map.Entry<String, String>> confirmed =
                    new ArrayList<>(fields(text, carried, ticked));
            confirmed.add(Map.entry("go", "ask"));
            HttpResponse<String> next = web.form("/text", confirmed);
            if (next.statusCode() != 303) {
                throw new AssertionError("confirming: " + next.statusCode() + " " + next.body());
            }
            location = location(next);
        }
        List<Question> asked = new ArrayList<>();
        while (!location.startsWith("/result")) {
            HttpResponse<String> page = web.get(location);
            if (page.statusCode() == 303) {
                location = location(page);
                continue;
            }
            location = answerPage(page.body(), answers, asked);
        }
        String result = web.get(location).body();
        return new Interviewed(asked, disposition(result), rules(result));
    }

    /**
     * Answers a wizard page question by question, in order, as a person reading down the page
     * would, and sends it as soon as nothing left on it could be taken as an answer when blank (a
     * number left empty is "not sure", no box ticked is "none"): each time the page comes back
     * naming the blank questions, until the answers decide the result or the page is done. So the
     * page stops where the terminal stops. Returns where the wizard goes next.
     */
    private String answerPage(String body, Map<Question, String> answers, List<Question> asked) {
        List<Question> questions =
                fields(body).stream().map(path -> Question.byPath(path).orElseThrow()).toList();
        List<Map.Entry<String, String>> form =
                new ArrayList<>(
                        List.of(
                                Map.entry("a", hidden(body, "a")),
                                Map.entry("q", hidden(body, "q")),
                                Map.entry("n", hidden(body, "n")),
                                Map.entry("go", "next")));
        for (int i = 0; i < questions.size(); i++) {
            Question current = questions.get(i);
            asked.add(current);
            String answer = answers.get(current);
            if (answer.equals(NOT_SURE)) {
                form.add(Map.entry(current.path(), "not-sure"));
            } else if (current.type() instanceof dev.unknot.intake.AnswerType.SomeOf<?>) {
                Parity.codes(answer).forEach(code -> form.add(Map.entry(current.path(), code)));
            } else {
                form.add(Map.entry(current.path(), answer));
            }
            List<Question> rest = questions.subList(i + 1, questions.size());
            if (!rest.stream().allMatch(WebPagesFrontEnd::mustBeChosen)) {
                continue;
            }
            HttpResponse<String> sent = web.form("/assess", form);
            if (sent.statusCode() == 303) {
                return location(sent);
            }
            if (sent.statusCode() != 400 || rest.isEmpty()) {
                throw new AssertionError(
                        "answering "
                                + current.path()
                                + " with "
                                + answer
                                + ": "
                                + sent.statusCode());
            }
        }
        throw new AssertionError("a wizard page with no questions");
    }

    /** A question whose blank is no answer: the page asks for it again. */
    private static boolean mustBeChosen(Question question) {
        return question.type() instanceof dev.unknot.intake.AnswerType.SomeOf<?> some
                ? some.minSize() > 0
                : !(question.type() instanceof dev.unknot.intake.AnswerType.Whole);
    }

    /** The questions of a wizard page, by path, in order. */
    private static List<String> fields(String page) {
        Matcher field = FIELD.matcher(page);
        List<String> fields = new ArrayList<>();
        while (field.find()) {
            fields.add(field.group(1));
        }
        return fields;
    }

    private static String disposition(String result) {
        Matcher code = CODE.matcher(result);
        if (!code.find()) {
            throw new AssertionError("no disposition on the result page");
        }
        return code.group(1);
    }

    private static List<String> rules(String result) {
        List<String> rules = new ArrayList<>();
        Matcher rule = RULE.matcher(result);
        while (rule.find()) {
            rules.add(rule.group(1));
        }
        return rules;
    }

    /** The values of the form inputs of {@code type} named {@code name}, in order. */
    private static List<String> values(String page, String type, String name) {
        Matcher input =
                Pattern.compile(
                                "<input type=\""
                                        + type
                                        + "\"(?: id=\"[^\"]*\")? name=\""
                                        + name
                                        + "\" value=\"([^\"]*)\"")
                        .matcher(page);
        List<String> values = new ArrayList<>();
        while (input.find()) {
            values.add(input.group(1));
        }
        return values;
    }

    /** The read-back form: the text, the answers taken back already, and those ticked now. */
    private static List<Map.Entry<String, String>> fields(
            String text, List<String> carried, List<String> ticked) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("text", text));
        carried.forEach(path -> fields.add(Map.entry("notMeant", path)));
        ticked.forEach(path -> fields.add(Map.entry("notMeant", path)));
        return fields;
    }

    @Override
    public SessionRun session(Map<String, Boolean> stopSigns) {
        String profile = web.signUp();
        String example = example();
        List<Map.Entry<String, String>> fields =
                new ArrayList<>(
                        List.of(
                                Map.entry("a", example),
                                Map.entry("painBefore", "5"),
                                Map.entry("painAfter", "3")));
        List<String> stoppedBy = new ArrayList<>();
        for (StopSign sign : TestApps.KNOWLEDGE.care().stopSigns()) {
            boolean yes = stopSigns.get(sign.id());
            fields.add(Map.entry("stopSigns." + sign.id(), yes ? "yes" : "no"));
            if (yes) {
                stoppedBy.add(sign.id());
            }
        }
        List<SessionStep> steps = steps();
        for (int i = 0; i < steps.size(); i++) {
            fields.add(Map.entry("step-" + i, "done"));
        }
        HttpResponse<String> done = web.form("/session", fields);
        if (stoppedBy.isEmpty() != (done.statusCode() == 303)) {
            throw new AssertionError("session form: " + done.statusCode() + " " + done.body());
        }
        List<String> shown =
                TestApps.KNOWLEDGE.care().stopSigns().stream()
                        .filter(
                                sign ->
                                        done.statusCode() == 200
                                                && done.body().contains("<li>" + sign.text() + ":"))
                        .map(StopSign::id)
                        .toList();
        return new SessionRun(shown, Parity.kept(web.app(), profile));
    }

    @Override
    public Kept diary(List<Entry> entries) {
        String profile = web.signUp();
        for (Entry entry : entries) {
            List<Map.Entry<String, String>> fields =
                    new ArrayList<>(
                            List.of(
                                    Map.entry("pain", String.valueOf(entry.pain())),
                                    Map.entry("date", entry.date().toString())));
            entry.safety()
                    .forEach((question, answer) -> fields.add(Map.entry(question.path(), answer)));
            HttpResponse<String> logged = web.form("/diary", fields);
            if (logged.statusCode() != 303) {
                throw new AssertionError(
                        "diary form: " + logged.statusCode() + " " + logged.body());
            }
        }
        return Parity.kept(web.app(), profile);
    }

    /** The example intake as the pages carry answers: its JSON form, base64url. */
    static String example() {
        try {
            String json = Files.readString(Path.of("examples", "intake.json"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            new IntakeJsonWriter()
                                    .write(new dev.unknot.intake.IntakeJson().read(json))
                                    .getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The example plan's steps, timed as every front end times them. */
    static List<SessionStep> steps() {
        try {
            var intake =
                    new dev.unknot.intake.IntakeJson()
                            .read(Files.readString(Path.of("examples", "intake.json")));
            var plan =
                    new dev.unknot.assessment.Assessor(TestApps.KNOWLEDGE)
                            .assess(intake)
                            .plan()
                            .orElseThrow();
            return new SessionTiming(TestApps.KNOWLEDGE.care().settings().secondsPerRep())
                    .steps(plan);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String hidden(String page, String name) {
        return between(page, "name=\"" + name + "\" value=\"", "\"");
    }

    private static String between(String page, String before, String after) {
        int start = page.indexOf(before);
        if (start < 0) {
            throw new AssertionError("no " + before + " in the page");
        }
        start += before.length();
        return page.substring(start, page.indexOf(after, start));
    }

    @Override
    public void close() {
        web.close();
    }
}
