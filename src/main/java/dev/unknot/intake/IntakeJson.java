package dev.unknot.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the JSON form of {@code intake.md} strictly: unknown fields, wrong types, unknown codes and
 * out-of-range numbers are errors naming the field and what is allowed. A field left out, or given
 * as {@code null}, is unanswered; it is never taken as "no". Thread-safe.
 */
public final class IntakeJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String TOP_FIELDS =
            Question.knotQuestions().stream().map(Question::field).collect(Collectors.joining(", "))
                    + ", flags";
    private static final String FLAG_FIELDS =
            Question.safetyQuestions().stream()
                    .map(Question::field)
                    .collect(Collectors.joining(", "));

    public Intake read(String json) {
        return read(json, false);
    }

    /**
     * Only the safety answers: the object that stands under {@code flags} in an intake (as a diary
     * entry carries them), read as strictly, a problem named {@code flags.<field>}.
     */
    public Map<Question, Object> readFlags(String json) {
        return read(json, true).answers();
    }

    private Intake read(String json, boolean flagsOnly) {
        if (json.isBlank()) {
            throw new InvalidIntakeException("", "the intake is empty; expected a JSON object");
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            Intake.Builder builder = Intake.builder();
            expectObject(parser, parser.nextToken(), flagsOnly ? "flags" : "");
            readFields(parser, builder, flagsOnly);
            if (parser.nextToken() != null) {
                throw new InvalidIntakeException("", "unexpected content after the JSON object");
            }
            return builder.build();
        } catch (JsonParseException e) {
            throw new InvalidIntakeException(
                    "",
                    "not valid JSON: "
                            + e.getOriginalMessage()
                            + " (line "
                            + e.getLocation().getLineNr()
                            + ", column "
                            + e.getLocation().getColumnNr()
                            + ")");
        } catch (IOException e) {
            throw new InvalidIntakeException("", "cannot be read: " + e.getMessage());
        }
    }

    private void readFields(JsonParser parser, Intake.Builder builder, boolean inFlags)
            throws IOException {
        JsonToken token;
        Set<String> seen = new HashSet<>();
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (!seen.add(name)) {
                throw new InvalidIntakeException(
                        inFlags ? "flags." + name : name,
                        "Duplicate field '" + name + "': give each field only once");
            }
            JsonToken value = parser.nextToken();
            if (!inFlags && name.equals("flags")) {
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                expectObject(parser, value, "flags");
                readFields(parser, builder, true);
                continue;
            }
            Question question =
                    Question.byField(name)
                            .filter(q -> q.isSafety() == inFlags)
                            .orElseThrow(
                                    () ->
                                            new InvalidIntakeException(
                                                    inFlags ? "flags." + name : name,
                                                    "unknown field; allowed: "
                                                            + (inFlags
                                                                    ? FLAG_FIELDS
                                                                    : TOP_FIELDS)));
            if (value != JsonToken.VALUE_NULL) {
                builder.put(question, readValue(parser, value, question));
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new InvalidIntakeException(inFlags ? "flags" : "", "malformed object");
        }
    }

    private Object readValue(JsonParser parser, JsonToken token, Question question)
            throws IOException {
        AnswerType type = question.type();
        if (type instanceof AnswerType.YesNo) {
            if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                throw wrong(question, parser, token);
            }
            return token == JsonToken.VALUE_TRUE;
        }
        if (type instanceof AnswerType.Whole whole) {
            if (token != JsonToken.VALUE_NUMBER_INT) {
                throw wrong(question, parser, token);
            }
            if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw new InvalidIntakeException(
                        question.path(),
                        "must be " + whole.allowed() + ", was " + parser.getText());
            }
            long number = parser.getLongValue();
            if (number < whole.min() || number > whole.max()) {
                throw new InvalidIntakeException(
                        question.path(), "must be " + whole.allowed() + ", was " + number);
            }
            return (int) number;
        }
        if (type instanceof AnswerType.OneOf<?> oneOf) {
            if (token != JsonToken.VALUE_STRING) {
                throw wrong(question, parser, token);
            }
            String code = parser.getText();
            return oneOf.parse(code)
                    .orElseThrow(
                            () ->
                                    new InvalidIntakeException(
                                            question.path(),
                                            "'"
                                                    + code
                                                    + "' is not allowed; must be "
                                                    + oneOf.allowed()));
        }
        AnswerType.SomeOf<?> someOf = (AnswerType.SomeOf<?>) type;
        return readSet(parser, token, question, someOf);
    }

    private <E extends Enum<E> & Coded> Set<E> readSet(
            JsonParser parser, JsonToken token, Question question, AnswerType.SomeOf<E> someOf)
            throws IOException {
        if (token != JsonToken.START_ARRAY) {
            throw wrong(question, parser, token);
        }
        List<E> members = new ArrayList<>();
        JsonToken item;
        while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (item != JsonToken.VALUE_STRING) {
                throw wrong(question, parser, item);
            }
            String code = parser.getText();
            members.add(
                    someOf.parse(code)
                            .orElseThrow(
                                    () ->
                                            new InvalidIntakeException(
                                                    question.path(),
                                                    "'"
                                                            + code
                                                            + "' is not allowed; must be "
                                                            + someOf.allowed())));
        }
        if (members.size() < someOf.minSize()) {
            throw new InvalidIntakeException(
                    question.path(), "must be " + someOf.allowed() + ", was empty");
        }
        return someOf.setOf(members);
    }

    private static InvalidIntakeException wrong(
            Question question, JsonParser parser, JsonToken token) throws IOException {
        String shown =
                token == JsonToken.START_ARRAY
                        ? "a list"
                        : token == JsonToken.START_OBJECT
                                ? "an object"
                                : token == JsonToken.VALUE_STRING
                                        ? "\"" + parser.getText() + "\""
                                        : parser.getText();
        return new InvalidIntakeException(
                question.path(), "must be " + question.type().allowed() + ", was " + shown);
    }

    private static void expectObject(JsonParser parser, JsonToken token, String field) {
        if (token != JsonToken.START_OBJECT) {
            throw new InvalidIntakeException(field, "must be a JSON object");
        }
    }
}
