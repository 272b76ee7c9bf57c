package dev.unknot.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

/**
 * Writes an intake (or just its safety answers) in the JSON form of {@code intake.md}; unanswered
 * fields are left out.
 */
public final class IntakeJsonWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    public String write(Intake intake) {
        return write(intake.answers());
    }

    /** Any subset of answers, e.g. the safety answers given with a diary entry. */
    public String write(Map<Question, Object> answers) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(json, answers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the answers as one JSON object into a document being written. */
    public void write(JsonGenerator json, Map<Question, Object> answers) throws IOException {
        json.writeStartObject();
        boolean flagsOpen = false;
        for (Question question : Question.values()) {
            Object value = answers.get(question);
            if (value == null) {
                continue;
            }
            if (question.isSafety() && !flagsOpen) {
                json.writeObjectFieldStart("flags");
                flagsOpen = true;
            }
            json.writeFieldName(question.field());
            writeValue(json, value);
        }
        if (flagsOpen) {
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** One answer's value as the JSON form writes it: true, 38, "both-legs", ["above-hip"]. */
    public static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Boolean yes) {
            json.writeBoolean(yes);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Coded coded) {
            json.writeString(coded.code());
        } else {
            json.writeStartArray();
            for (Object member : (Set<?>) value) {
                json.writeString(((Coded) member).code());
            }
            json.writeEndArray();
        }
    }
}
