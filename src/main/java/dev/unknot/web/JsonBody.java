package dev.unknot.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.intake.InvalidInputException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON object from a request body, read strictly: duplicate or unknown members are refused, and
 * every typed read names the member and what it must be when the value does not fit.
 */
final class JsonBody {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final JsonNode object;

    private JsonBody(JsonNode object) {
        this.object = object;
    }

    static JsonBody read(String body, Set<String> allowed) {
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("", "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("", "must be a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new InvalidInputException(
                        name,
                        "unknown field; allowed: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        return new JsonBody(node);
    }

    String string(String name) {
        return optionalString(name)
                .orElseThrow(() -> new InvalidInputException(name, "is required"));
    }

    Optional<String> optionalString(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new InvalidInputException(name, "must be a string");
        }
        return Optional.of(value.textValue());
    }

    int integer(String name, int min, int max) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            throw new InvalidInputException(
                    name, "is required: a whole number from " + min + " to " + max);
        }
        if (!value.isIntegralNumber()
                || !value.canConvertToInt()
                || value.intValue() < min
                || value.intValue() > max) {
            throw new InvalidInputException(
                    name, "must be a whole number from " + min + " to " + max + ", was " + value);
        }
        return value.intValue();
    }

    List<String> strings(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidInputException(name, "must be an array of strings");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new InvalidInputException(name, "must be an array of strings");
            }
            items.add(item.textValue());
        }
        return items;
    }

    Optional<JsonNode> node(String name) {
        return Optional.ofNullable(object.get(name)).filter(value -> !value.isNull());
    }
}
