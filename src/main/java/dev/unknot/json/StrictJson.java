package dev.unknot.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.unknot.intake.InvalidInputException;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one strict JSON mapper for what callers send and unknot writes: unknown or duplicate members,
 * a null for a primitive, trailing content and any coercion (a number as text, a lone value for a
 * list) are refused. Every refusal becomes an {@link InvalidInputException} at the JSON path of the
 * member at fault, e.g. {@code steps[2].outcome}. Thread-safe.
 */
public final class StrictJson {
    public static final ObjectMapper MAPPER = mapper();

    private StrictJson() {}

    private static ObjectMapper mapper() {
        JsonMapper mapper =
                JsonMapper.builder()
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                        .build();
        for (LogicalType type : LogicalType.values()) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert);
        return mapper;
    }

    /**
     * {@code json} read as a {@code type} (a record), or an {@link InvalidInputException} naming
     * where and why.
     */
    public static <T> T read(String json, Class<T> type) {
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new InvalidInputException("", "must be a JSON object");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw problem(e);
        }
    }

    /** {@code json} as a tree, read just as strictly (duplicates, trailing content). */
    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw problem(e);
        }
    }

    /** {@code value} written as compact JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Jackson's complaint as unknot's: the JSON path of the member at fault and what it must be.
     */
    static InvalidInputException problem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            return new InvalidInputException(
                    path(unknown),
                    "unknown field; allowed: "
                            + known.stream()
                                    .map(String::valueOf)
                                    .collect(Collectors.toCollection(TreeSet::new))
                                    .stream()
                                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof MismatchedInputException mismatched
                && !e.getOriginalMessage().startsWith("Trailing token")) {
            return new InvalidInputException(
                    path(mismatched), "must be " + expected(mismatched.getTargetType()));
        }
        if (e instanceof JsonMappingException mapping
                && mapping.getCause() instanceof InvalidInputException invalid) {
            return invalid.within(path(mapping));
        }
        if (e instanceof StreamReadException read
                && read.getProcessor() != null
                && e.getOriginalMessage().startsWith("Duplicate field")) {
            String pointer = read.getProcessor().getParsingContext().pathAsPointer().toString();
            return new InvalidInputException(
                    pointer.isEmpty() ? "" : dotted(pointer), "is given twice");
        }
        return new InvalidInputException("", "not valid JSON: " + e.getOriginalMessage());
    }

    /** The path Jackson kept, written as unknot writes paths: {@code steps[2].outcome}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String dotted(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String part : pointer.substring(1).split("/")) {
            if (part.chars().allMatch(Character::isDigit) && !part.isEmpty()) {
                path.append('[').append(part).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(part);
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of the right kind";
        }
        if (type == int.class
                || type == Integer.class
                || type == long.class
                || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)
                || type.isRecord()
                || JsonNode.class.isAssignableFrom(type)) {
            return "a JSON object";
        }
        return "of the right kind";
    }
}
