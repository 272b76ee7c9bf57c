package dev.unknot.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.StopSign;
import dev.unknot.session.SessionStep;
import dev.unknot.session.TimedUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON API, used as a client app would: it puts to the person the first question of the
 * answer's {@code ask} that it has not put yet, sends the answers so far, and stops when nothing is
 * left to ask.
 */
final class ApiFrontEnd implements FrontEnd {
    private final Browserless web = new Browserless();

    @Override
    public String name() {
        return "API";
    }

    @Override
    public Interviewed interview(
            String text, Set<Question> notMeant, Map<Question, String> answers) {
        web.newVisitor();
        JsonNode result =
                text.isEmpty()
                        ? post("/api/assessments", "{}", 200)
                        : post("/api/assessments/text", textRequest(text, Set.of()), 200);
        if (!text.isEmpty()) {
            // the client shows what was understood; the person says what is not what they meant
            Set<Question> taken = new HashSet<>();
            while (true) {
                JsonNode understood = result.path("understood");
                List<Question> emergencyFrom = questions(understood.path("emergencyFrom"));
                Set<Question> more = new HashSet<>();
                if (!emergencyFrom.isEmpty()) {
                    if (!notMeant.containsAll(emergencyFrom)) {
                        break;
                    }
                    more.addAll(emergencyFrom);
                } else {
                    for (JsonNode answer : understood.path("answers")) {
                        Question question =
                                Question.byPath(answer.path("field").asText()).orElseThrow();
                        if (notMeant.contains(question)) {
                            more.add(question);
                        }
                    }
                }
                if (!taken.addAll(more)) {
                    break;
                }
                result = post("/api/assessments/text", textRequest(text, taken), 200);
            }
        }
        ObjectNode intake =
                text.isEmpty()
                        ? Parity.JSON.createObjectNode()
                        : (ObjectNode) result.path("understood").path("intake");
        List<Question> asked = new ArrayList<>();
        Set<Question> put = new HashSet<>();
        while (true) {
            Optional<Question> next = Optional.empty();
            for (JsonNode path : result.path("ask")) {
                Question question = Question.byField(path.asText()).orElseThrow();
                if (!put.contains(question)) {
                    next = Optional.of(question);
                    break;
                }
            }
            if (next.isEmpty()) {
                break;
            }
            asked.add(next.get());
            put.add(next.get());
            Parity.putJson(intake, next.get(), answers.get(next.get()));
            result = post("/api/assessments", intake.toString(), 200);
        }
        return new Interviewed(asked, result.path("disposition").asText(), Parity.rules(result));
    }

    @Override
    public SessionRun session(Map<String, Boolean> stopSigns) {
        String profile = web.signUp();
        ObjectNode body = Parity.JSON.createObjectNode();
        ObjectNode signs = body.putObject("stopSigns");
        for (StopSign sign : TestApps.KNOWLEDGE.care().stopSigns()) {
            signs.put(sign.id(), stopSigns.get(sign.id()));
        }
        body.put("painBefore", 5).put("painAfter", 3);
        ArrayNode steps = body.putArray("steps");
        for (SessionStep step : WebPagesFrontEnd.steps()) {
            steps.addObject()
                    .put("id", step.step().id())
                    .put("name", step.step().name())
                    .put("outcome", "done")
                    .put("seconds", step.units().stream().mapToInt(TimedUnit::seconds).sum());
        }
        boolean anyYes = stopSigns.containsValue(true);
        JsonNode answer = post("/api/sessions", body.toString(), anyYes ? 200 : 201);
        List<String> stoppedBy = new ArrayList<>();
        answer.path("stoppedBy").forEach(sign -> stoppedBy.add(sign.path("id").asText()));
        return new SessionRun(stoppedBy, Parity.kept(web.app(), profile));
    }

    @Override
    public Kept diary(List<Entry> entries) {
        String profile = web.signUp();
        for (Entry entry : entries) {
            ObjectNode body =
                    Parity.JSON
                            .createObjectNode()
                            .put("date", entry.date().toString())
                            .put("pain", entry.pain());
            if (!entry.safety().isEmpty()) {
                ObjectNode intake = Parity.JSON.createObjectNode();
                entry.safety()
                        .forEach((question, answer) -> Parity.putJson(intake, question, answer));
                body.set("flags", intake.path("flags"));
            }
            post("/api/diary", body.toString(), 201);
        }
        return Parity.kept(web.app(), profile);
    }

    private static String textRequest(String text, Set<Question> notMeant) {
        ObjectNode body = Parity.JSON.createObjectNode().put("text", text);
        if (!notMeant.isEmpty()) {
            ArrayNode paths = body.putArray("notMeant");
            notMeant.stream().sorted().map(Question::path).forEach(paths::add);
        }
        return body.toString();
    }

    private static List<Question> questions(JsonNode paths) {
        List<Question> questions = new ArrayList<>();
        paths.forEach(path -> questions.add(Question.byPath(path.asText()).orElseThrow()));
        return questions;
    }

    private JsonNode post(String path, String body, int expected) {
        HttpResponse<String> response = web.json("POST", path, body);
        if (response.statusCode() != expected) {
            throw new AssertionError(
                    "POST "
                            + path
                            + " "
                            + body
                            + ": "
                            + response.statusCode()
                            + " "
                            + response.body());
        }
        try {
            return Parity.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        web.close();
    }
}
