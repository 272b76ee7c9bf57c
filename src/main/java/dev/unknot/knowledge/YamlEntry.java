package dev.unknot.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a knowledge file being loaded: typed reads of its fields, each failure a {@link
 * KnowledgeException} naming the file, the entry and the field.
 */
public final class YamlEntry {
    private final String file;
    private final String name;
    private final JsonNode node;

    public YamlEntry(String file, String name, JsonNode node) {
        this.file = file;
        this.name = name;
        this.node = node;
    }

    /** The knowledge file the entry is in. */
    public String file() {
        return file;
    }

    /** The entry's name in messages, e.g. "item 3". */
    public String name() {
        return name;
    }

    public JsonNode node() {
        return node;
    }

    public KnowledgeException problem(String problem) {
        return new KnowledgeException(file, name, problem);
    }

    public boolean has(String field) {
        return node.hasNonNull(field);
    }

    public YamlEntry child(String field) {
        if (!has(field)) {
            throw problem("missing '" + field + "'");
        }
        return new YamlEntry(file, name, node.get(field));
    }

    public String text(String field) {
        JsonNode value = child(field).node;
        if (!value.isTextual() || value.asText().isBlank()) {
            throw problem("'" + field + "' must be non-empty text");
        }
        return value.asText().strip();
    }

    public int integer(String field) {
        JsonNode value = child(field).node;
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw problem("'" + field + "' must be a whole number");
        }
        return value.asInt();
    }

    /** A true/false field; absent means false. */
    public boolean flag(String field) {
        if (!has(field)) {
            return false;
        }
        if (!node.get(field).isBoolean()) {
            throw problem("'" + field + "' must be true or false");
        }
        return node.get(field).asBoolean();
    }

    public List<String> texts(String field) {
        List<String> texts = new ArrayList<>();
        for (JsonNode value : child(field).elements()) {
            if (!value.isTextual() || value.asText().isBlank()) {
                throw problem("'" + field + "' must be a list of non-empty texts");
            }
            texts.add(value.asText().strip());
        }
        return texts;
    }

    public Iterable<JsonNode> elements() {
        if (!node.isArray()) {
            throw problem("must be a list");
        }
        return node::elements;
    }
}
