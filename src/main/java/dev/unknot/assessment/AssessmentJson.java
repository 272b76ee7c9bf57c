package dev.unknot.assessment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.unknot.intake.Coded;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.Advice;
import dev.unknot.knowledge.Dose;
import dev.unknot.knowledge.DispositionText;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.StopSign;
import dev.unknot.plan.CarePlan;
import dev.unknot.plan.LikelyMuscle;
import dev.unknot.plan.PlanStep;
import dev.unknot.plan.Prevention;
import dev.unknot.triage.Reason;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.unknot.intake.TextReading;
import java.util.Set;

/**
 * Writes an {@link Assessment} as the machine form of {@code intake.md}'s Output section. The field
 * order is fixed and the output deterministic; the README documents every field. Thread-safe.
 */
public final class AssessmentJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private final KnowledgeBase knowledge;

    public AssessmentJson(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public String write(Assessment assessment) {
        return write(assessment, Optional.empty());
    }

    /**
     * The assessment as pretty-printed JSON. When it was read from free text, {@code evidence} maps each
     * settled question's path to the words that settled it and {@code unsure} the questions the words
     * touched on without settling.
     */
    public String write(Assessment assessment, Optional<TextReading> reading) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            write(json, assessment, reading);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The same JSON without the pretty-printing, as UTF-8 bytes: what the web API answers (a third of the
     * bytes and much less work per request).
     */
    public byte[] compact(Assessment assessment, Optional<TextReading> reading) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(8192);
        try (JsonGenerator json = FACTORY.createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            write(json, assessment, reading);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public void write(JsonGenerator json, Assessment assessment, Optional<TextReading> reading) throws IOException {
        Set<String> cited = new LinkedHashSet<>();
        DispositionText text = knowledge.text(assessment.triage().disposition());
        json.writeStartObject();
        json.writeStringField("disposition", assessment.triage().disposition().name());
        json.writeStringField("headline", text.headline());
        json.writeStringField("action", text.action());
        json.writeStringField("disclaimer", knowledge.disclaimer());
        json.writeArrayFieldStart("reasons");
        for (Reason reason : assessment.triage().reasons()) {
            json.writeStartObject();
            json.writeStringField("rule", reason.ruleId());
            json.writeStringField("name", reason.rule().name());
            json.writeStringField("disposition", reason.rule().disposition().name());
            json.writeStringField("answer", String.join(" and ", reason.evidence()));
            json.writeStringField("concern", reason.rule().concern());
            json.writeStringField("advice", reason.advice());
            writeSources(json, reason.sources(), cited);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("unanswered");
        for (Question question : assessment.triage().unanswered()) {
            json.writeString(question.field());
        }
        json.writeEndArray();
        if (reading.isPresent()) {
            byQuestion(json, "evidence", reading.get().evidence());
            byQuestion(json, "unsure", reading.get().unsure());
        }
        json.writeArrayFieldStart("muscles");
        for (LikelyMuscle muscle : assessment.muscles()) {
            json.writeStartObject();
            json.writeStringField("id", muscle.muscle().id());
            json.writeStringField("name", muscle.muscle().name());
            json.writeStringField("region", muscle.region().code());
            json.writeStringField("where", muscle.muscle().where());
            json.writeStringField("why", muscle.why());
            writeSources(json, muscle.sources(), cited);
            json.writeEndObject();
        }
        json.writeEndArray();
        if (assessment.plan().isPresent()) {
            json.writeFieldName("plan");
            writePlan(json, assessment.plan().get(), cited);
        }
        json.writeArrayFieldStart("sources");
        for (String id : cited) {
            knowledge.source(id).ifPresent(source -> {
                try {
                    json.writeStartObject();
                    json.writeStringField("id", source.id());
                    json.writeStringField("title", source.title());
                    json.writeStringField("file", source.file());
                    json.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writePlan(JsonGenerator json, CarePlan plan, Set<String> cited) throws IOException {
        json.writeStartObject();
        json.writeStringField("phase", plan.phase().code());
        writeAdvice(json, "limits", plan.limits(), cited);
        json.writeArrayFieldStart("steps");
        for (PlanStep step : plan.steps()) {
            json.writeStartObject();
            json.writeStringField("section", step.section().code());
            json.writeStringField("id", step.id());
            json.writeStringField("name", step.name());
            writeStrings(json, "instructions", step.instructions());
            writeDose(json, step.dose());
            writeStrings(json, "forMuscles", step.forMuscles());
            writeStrings(json, "cautions", step.cautions());
            writeSources(json, step.sources(), cited);
            json.writeEndObject();
        }
        json.writeEndArray();
        writeAdvice(json, "notes", plan.notes(), cited);
        writeAdvice(json, "afterCare", plan.afterCare(), cited);
        json.writeArrayFieldStart("stopSigns");
        for (StopSign sign : plan.stopSigns()) {
            json.writeStartObject();
            json.writeStringField("id", sign.id());
            json.writeStringField("text", sign.text());
            writeSources(json, sign.sources(), cited);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("prevention");
        for (Prevention prevention : plan.prevention()) {
            json.writeStartObject();
            json.writeStringField("id", prevention.habit().id());
            json.writeStringField("text", prevention.habit().text());
            writeStrings(json, "because", prevention.because().stream().map(Coded::code).sorted().toList());
            writeSources(json, prevention.habit().sources(), cited);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeDose(JsonGenerator json, Dose dose) throws IOException {
        json.writeObjectFieldStart("dose");
        json.writeStringField("kind", dose.kind().name().toLowerCase(java.util.Locale.ROOT));
        json.writeNumberField("min", dose.min());
        json.writeNumberField("max", dose.max());
        json.writeStringField("unit", dose.kind().unit());
        json.writeBooleanField("perSide", dose.perSide());
        json.writeStringField("text", dose.describe());
        json.writeEndObject();
    }

    private static void writeAdvice(JsonGenerator json, String field, List<Advice> advice, Set<String> cited)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (Advice item : advice) {
            json.writeStartObject();
            json.writeStringField("id", item.id());
            json.writeStringField("text", item.text());
            writeSources(json, item.sources(), cited);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeSources(JsonGenerator json, List<String> sources, Set<String> cited) throws IOException {
        cited.addAll(sources);
        writeStrings(json, "sources", sources);
    }

    private static void writeStrings(JsonGenerator json, String field, Collection<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void byQuestion(JsonGenerator json, String name, Map<Question, String> words) throws IOException {
        json.writeObjectFieldStart(name);
        for (Question question : Question.values()) {
            if (words.containsKey(question)) {
                json.writeStringField(question.path(), words.get(question));
            }
        }
        json.writeEndObject();
    }
}
