package dev.unknot.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.Interview;
import dev.unknot.config.Config;
import dev.unknot.intake.AnswerType;
import dev.unknot.intake.IntakeJsonWriter;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Question;
import dev.unknot.session.Sleeper;
import dev.unknot.store.DatabaseUrl;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the front ends of the parity table share: how they are built, how answers are spelt, what is
 * kept.
 */
final class Parity {
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    /** The interview every front end follows: what it asks and in what order. */
    static final Interview INTERVIEW =
            new Interview(TestApps.KNOWLEDGE, new Assessor(TestApps.KNOWLEDGE).triage());

    private static final AtomicInteger NAMES = new AtomicInteger();

    private Parity() {}

    /**
     * The program as {@code Main} builds it, on the test's fixed clock and a sleeper that does not
     * wait.
     */
    static App app(Config config) {
        Sleeper instant = duration -> {};
        return TestApps.app(config, Clock.fixed(NOW, ZoneOffset.UTC), instant);
    }

    /** A program on an in-memory database of its own. */
    static App inMemory() {
        return app(
                new Config(
                        Path.of("target", "no-home"),
                        new DatabaseUrl(
                                "jdbc:h2:mem:parity"
                                        + NAMES.incrementAndGet()
                                        + ";DB_CLOSE_DELAY=-1"),
                        Config.DEFAULT_PROFILE));
    }

    /** A fresh name for a new person. */
    static String newName() {
        return "parity" + NAMES.incrementAndGet();
    }

    /** The answer as the intake's JSON form has it (an omitted field when "not sure"). */
    static void putJson(ObjectNode intake, Question question, String answer) {
        if (answer.equals(FrontEnd.NOT_SURE)) {
            return;
        }
        ObjectNode target = question.isSafety() ? flags(intake) : intake;
        AnswerType type = question.type();
        if (type instanceof AnswerType.YesNo) {
            target.put(question.field(), answer.equals("yes"));
        } else if (type instanceof AnswerType.Whole) {
            target.put(question.field(), Integer.parseInt(answer));
        } else if (type instanceof AnswerType.SomeOf<?>) {
            ArrayNode codes = target.putArray(question.field());
            codes(answer).forEach(codes::add);
        } else {
            target.put(question.field(), answer);
        }
    }

    static ObjectNode flags(ObjectNode intake) {
        return intake.has("flags") ? (ObjectNode) intake.get("flags") : intake.putObject("flags");
    }

    /** The codes of a several-answers question ("none" is none). */
    static List<String> codes(String answer) {
        return answer.equals("none") ? List.of() : Arrays.asList(answer.split(","));
    }

    /**
     * What is kept of {@code profile} in {@code app}, in words every front end can be compared by.
     */
    static FrontEnd.Kept kept(App app, String profile) {
        var record = exported(app, profile);
        if (record == null) {
            return new FrontEnd.Kept(List.of(), List.of(), List.of());
        }
        IntakeJsonWriter writer = new IntakeJsonWriter();
        List<String> sessions = new ArrayList<>();
        for (var session : record.sessions()) {
            StringBuilder text =
                    new StringBuilder(
                            "pain "
                                    + session.painBefore()
                                    + " -> "
                                    + session.painAfter()
                                    + (session.finished() ? ", finished:" : ", stopped:"));
            session.steps()
                    .forEach(
                            step ->
                                    text.append(' ')
                                            .append(step.stepId())
                                            .append('=')
                                            .append(step.outcome())
                                            .append('/')
                                            .append(step.seconds()));
            sessions.add(text.toString());
        }
        List<String> diary = new ArrayList<>();
        for (var entry : record.diary()) {
            diary.add(
                    entry.date()
                            + " pain "
                            + entry.pain()
                            + " "
                            + entry.activities()
                            + " '"
                            + entry.note()
                            + "' "
                            + writer.write(entry.safety())
                            + (entry.sessionId().isPresent() ? " with its session" : ""));
        }
        List<String> escalations =
                record.escalations().stream()
                        .map(
                                raised ->
                                        raised.escalation().rule()
                                                + " -> "
                                                + raised.escalation().disposition())
                        .toList();
        return new FrontEnd.Kept(sessions, diary, escalations);
    }

    private static dev.unknot.record.PersonRecord exported(App app, String profile) {
        try {
            return app.records(java.util.Optional.empty()).export(profile);
        } catch (InvalidInputException nothingKept) {
            return null;
        }
    }

    /** The rule ids of an assessment's JSON, in order. */
    static List<String> rules(JsonNode assessment) {
        List<String> rules = new ArrayList<>();
        assessment.path("reasons").forEach(reason -> rules.add(reason.path("rule").asText()));
        return rules;
    }
}
