package dev.unknot.assessment;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.unknot.intake.Coded;
import dev.unknot.intake.IntakeJsonWriter;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.Advice;
import dev.unknot.knowledge.DispositionText;
import dev.unknot.knowledge.Dose;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.Source;
import dev.unknot.knowledge.StopSign;
import dev.unknot.plan.CarePlan;
import dev.unknot.plan.LikelyMuscle;
import dev.unknot.plan.PlanStep;
import dev.unknot.plan.Prevention;
import dev.unknot.triage.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an {@link Assessment} as the machine form of {@code intake.md}'s Output section. The field
 * order is fixed and the output deterministic; the README documents every field. Thread-safe.
 *
 * <p>The compact form copies the parts that are the same for everyone who gets them (a plan step, a
 * piece of advice, a stop sign, a habit, a reason, a muscle) from bytes written once, since writing
 * their text is most of the API's work per request. The cache is keyed by the part's value, so a
 * change in any field is a different part, and is bounded.
 */
public final class AssessmentJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final IntakeJsonWriter INTAKE = new IntakeJsonWriter();

    /**
     * Far more than the knowledge base's parts and their variants for different people; a bound,
     * not a size.
     */
    private static final int MAX_PARTS = 4096;

    private final KnowledgeBase knowledge;
    private final Interview interview;
    private final Map<Object, SerializedString> parts = new ConcurrentHashMap<>();

    public AssessmentJson(KnowledgeBase knowledge, Interview interview) {
        this.knowledge = knowledge;
        this.interview = interview;
    }

    public String write(Assessment assessment) {
        return write(assessment, Optional.empty());
    }

    /**
     * The assessment as pretty-printed JSON. When it was read from free text, {@code understood}
     * holds what the words settled (the answers in the intake's form, to post back, and each with
     * its plain words and the words behind it), what they left open, the answers that make it an
     * emergency and the answers the person said were not what they meant.
     */
    public String write(Assessment assessment, Optional<Understood> understood) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            new Writer(json, false).assessment(assessment, understood);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The same JSON without the pretty-printing, as UTF-8 bytes: what the web API answers (a third
     * of the bytes and much less work per request).
     */
    public byte[] compact(Assessment assessment, Optional<Understood> understood) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            new Writer(json, true).assessment(assessment, understood);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface Part<T> {
        void write(JsonGenerator json, T value) throws IOException;
    }

    /**
     * One answer being written: the generator, whether parts come from the cache, and the sources
     * cited so far.
     */
    private final class Writer {
        private final JsonGenerator json;
        private final boolean cached;
        private final Set<String> cited = new LinkedHashSet<>();

        Writer(JsonGenerator json, boolean cached) {
            this.json = json;
            this.cached = cached;
        }

        void assessment(Assessment assessment, Optional<Understood> understood) throws IOException {
            DispositionText text = knowledge.text(assessment.triage().disposition());
            json.writeStartObject();
            json.writeStringField("disposition", assessment.triage().disposition().name());
            json.writeStringField("headline", text.headline());
            json.writeStringField("action", text.action());
            json.writeStringField("disclaimer", knowledge.disclaimer());
            json.writeArrayFieldStart("reasons");
            for (Reason reason : assessment.triage().reasons()) {
                part(reason, reason.sources(), AssessmentJson::reason);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("unanswered");
            for (Question question : assessment.triage().unanswered()) {
                json.writeString(question.field());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("ask");
            for (Question question : interview.remaining(assessment)) {
                json.writeString(question.path());
            }
            json.writeEndArray();
            if (understood.isPresent()) {
                understood(json, understood.get());
            }
            json.writeArrayFieldStart("muscles");
            for (LikelyMuscle muscle : assessment.muscles()) {
                part(muscle, muscle.sources(), AssessmentJson::muscle);
            }
            json.writeEndArray();
            if (assessment.plan().isPresent()) {
                json.writeFieldName("plan");
                plan(assessment.plan().get());
            }
            json.writeArrayFieldStart("sources");
            for (Source source :
                    cited.stream().map(knowledge::source).flatMap(Optional::stream).toList()) {
                json.writeStartObject();
                json.writeStringField("id", source.id());
                json.writeStringField("title", source.title());
                json.writeStringField("file", source.file());
                if (!source.url().isEmpty()) {
                    json.writeStringField("url", source.url());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        private void plan(CarePlan plan) throws IOException {
            json.writeStartObject();
            json.writeStringField("phase", plan.phase().code());
            advice("limits", plan.limits());
            json.writeArrayFieldStart("steps");
            for (PlanStep step : plan.steps()) {
                part(step, step.sources(), AssessmentJson::step);
            }
            json.writeEndArray();
            advice("notes", plan.notes());
            advice("afterCare", plan.afterCare());
            json.writeArrayFieldStart("stopSigns");
            for (StopSign sign : plan.stopSigns()) {
                part(sign, sign.sources(), AssessmentJson::stopSign);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("prevention");
            for (Prevention prevention : plan.prevention()) {
                part(prevention, prevention.habit().sources(), AssessmentJson::prevention);
            }
            json.writeEndArray();
            json.writeEndObject();
        }

        private void advice(String field, List<Advice> advice) throws IOException {
            json.writeArrayFieldStart(field);
            for (Advice item : advice) {
                part(item, item.sources(), AssessmentJson::advice);
            }
            json.writeEndArray();
        }

        /** Writes one part (from the cache when compact) and notes the sources it cites. */
        private <T> void part(T value, List<String> sources, Part<T> part) throws IOException {
            cited.addAll(sources);
            if (!cached) {
                part.write(json, value);
                return;
            }
            SerializedString raw = parts.get(value);
            if (raw == null) {
                raw = new SerializedString(render(value, part));
                if (parts.size() < MAX_PARTS) {
                    parts.putIfAbsent(value, raw);
                }
            }
            json.writeRawValue(raw);
        }
    }

    private static <T> String render(T value, Part<T> part) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            part.write(json, value);
        }
        return out.toString();
    }

    private static void reason(JsonGenerator json, Reason reason) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", reason.ruleId());
        json.writeStringField("name", reason.rule().name());
        json.writeStringField("disposition", reason.rule().disposition().name());
        json.writeStringField("answer", String.join(" and ", reason.evidence()));
        json.writeStringField("concern", reason.rule().concern());
        json.writeStringField("advice", reason.advice());
        writeStrings(json, "sources", reason.sources());
        json.writeEndObject();
    }

    private static void muscle(JsonGenerator json, LikelyMuscle muscle) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", muscle.muscle().id());
        json.writeStringField("name", muscle.muscle().name());
        json.writeStringField("region", muscle.region().code());
        json.writeStringField("where", muscle.muscle().where());
        json.writeStringField("why", muscle.why());
        writeStrings(json, "sources", muscle.sources());
        json.writeEndObject();
    }

    private static void step(JsonGenerator json, PlanStep step) throws IOException {
        json.writeStartObject();
        json.writeStringField("section", step.section().code());
        json.writeStringField("id", step.id());
        json.writeStringField("name", step.name());
        writeStrings(json, "instructions", step.instructions());
        writeDose(json, step.dose());
        writeStrings(json, "forMuscles", step.forMuscles());
        writeStrings(json, "cautions", step.cautions());
        writeStrings(json, "sources", step.sources());
        json.writeEndObject();
    }

    private static void stopSign(JsonGenerator json, StopSign sign) throws IOException {
        citedText(json, sign.id(), sign.text(), sign.sources());
    }

    private static void prevention(JsonGenerator json, Prevention prevention) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", prevention.habit().id());
        json.writeStringField("text", prevention.habit().text());
        writeStrings(
                json, "because", prevention.because().stream().map(Coded::code).sorted().toList());
        writeStrings(json, "sources", prevention.habit().sources());
        json.writeEndObject();
    }

    private static void advice(JsonGenerator json, Advice item) throws IOException {
        citedText(json, item.id(), item.text(), item.sources());
    }

    /** Stop signs and advice: an id, the words, their sources. */
    private static void citedText(JsonGenerator json, String id, String text, List<String> sources)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("text", text);
        writeStrings(json, "sources", sources);
        json.writeEndObject();
    }

    private static void writeDose(JsonGenerator json, Dose dose) throws IOException {
        json.writeObjectFieldStart("dose");
        json.writeStringField("kind", dose.kind().name().toLowerCase(Locale.ROOT));
        json.writeNumberField("min", dose.min());
        json.writeNumberField("max", dose.max());
        json.writeStringField("unit", dose.kind().unit());
        json.writeBooleanField("perSide", dose.perSide());
        json.writeStringField("text", dose.describe());
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, String field, Collection<String> values)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /**
     * What the words settled and left open: {@code intake} (the answers, to post back), {@code
     * answers} (each with its plain words and the words behind it), {@code open}, {@code
     * emergencyFrom} and {@code notMeant}.
     */
    private static void understood(JsonGenerator json, Understood understood) throws IOException {
        json.writeObjectFieldStart("understood");
        json.writeFieldName("intake");
        INTAKE.write(json, understood.reading().intake().answers());
        json.writeArrayFieldStart("answers");
        for (Understood.Settled answer : understood.settled()) {
            json.writeStartObject();
            json.writeStringField("field", answer.question().path());
            json.writeFieldName("value");
            IntakeJsonWriter.writeValue(json, answer.value());
            json.writeStringField("said", answer.said());
            json.writeStringField("words", answer.words());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("open");
        for (Understood.Open open : understood.open()) {
            json.writeStartObject();
            json.writeStringField("field", open.question().path());
            json.writeStringField("prompt", open.prompt());
            json.writeStringField("words", open.words());
            json.writeEndObject();
        }
        json.writeEndArray();
        writeStrings(
                json,
                "emergencyFrom",
                understood.emergencyFrom().stream().map(Question::path).toList());
        writeStrings(json, "notMeant", understood.notMeant().stream().map(Question::path).toList());
        json.writeEndObject();
    }
}
