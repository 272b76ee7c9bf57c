package dev.unknot.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A YAML node read from a knowledge file, remembering which file and entry it belongs to so every
 * problem is reported as "knowledge/FILE, ENTRY: PROBLEM".
 */
final class Node {
    private final String file;
    private final String entry;
    private final JsonNode json;

    Node(String file, String entry, JsonNode json) {
        this.file = file;
        this.entry = entry;
        this.json = json;
    }

    String file() {
        return file;
    }

    String entry() {
        return entry;
    }

    JsonNode json() {
        return json;
    }

    KnowledgeException problem(String problem) {
        return new KnowledgeException(file, entry, problem);
    }

    /** The same node under a more precise entry name, e.g. {@code rule R7}. */
    Node named(String name) {
        return new Node(file, name, json);
    }

    boolean has(String field) {
        return json.has(field) && !json.get(field).isNull();
    }

    Node get(String field) {
        if (!has(field)) {
            throw problem("missing '" + field + "'");
        }
        return new Node(file, entry, json.get(field));
    }

    String text(String field) {
        JsonNode value = get(field).json;
        if (!value.isTextual() || value.asText().isBlank()) {
            throw problem("'" + field + "' must be non-empty text");
        }
        return value.asText();
    }

    String textOr(String field, String fallback) {
        return has(field) ? text(field) : fallback;
    }

    int integer(String field) {
        JsonNode value = get(field).json;
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw problem("'" + field + "' must be a whole number");
        }
        return value.asInt();
    }

    int positiveInteger(String field) {
        int value = integer(field);
        if (value <= 0) {
            throw problem("'" + field + "' must be a positive whole number, was " + value);
        }
        return value;
    }

    boolean flag(String field, boolean fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonNode value = json.get(field);
        if (!value.isBoolean()) {
            throw problem("'" + field + "' must be true or false");
        }
        return value.asBoolean();
    }

    List<String> texts(String field) {
        return list(
                field,
                item -> {
                    if (!item.json.isTextual() || item.json.asText().isBlank()) {
                        throw problem("'" + field + "' must be a list of non-empty texts");
                    }
                    return item.json.asText();
                });
    }

    <T> List<T> list(String field, Function<Node, T> read) {
        JsonNode value = get(field).json;
        if (!value.isArray()) {
            throw problem("'" + field + "' must be a list");
        }
        List<T> items = new ArrayList<>();
        for (JsonNode item : value) {
            items.add(read.apply(new Node(file, entry, item)));
        }
        return items;
    }

    /** The fields of a mapping, in file order. */
    List<Map.Entry<String, Node>> fields() {
        if (!json.isObject()) {
            throw problem("must be a mapping");
        }
        List<Map.Entry<String, Node>> fields = new ArrayList<>();
        json.fields()
                .forEachRemaining(
                        field ->
                                fields.add(
                                        Map.entry(
                                                field.getKey(),
                                                new Node(file, entry, field.getValue()))));
        return fields;
    }
}
