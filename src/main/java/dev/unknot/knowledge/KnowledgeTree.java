package dev.unknot.knowledge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a knowledge file into a tree with the streaming parsers only, skipping the cost of starting
 * an {@code ObjectMapper} on every run. The build prepares each YAML file as JSON ({@link
 * PrepareKnowledge}); JSON is YAML too, but its own parser reads it several times faster.
 */
public final class KnowledgeTree {
    static final String PREPARED = "/knowledge/prepared/";

    private KnowledgeTree() {}

    /**
     * The file from the class path: its prepared JSON form when the build made one, else the YAML.
     */
    public static InputStream open(String yamlFile) {
        InputStream prepared =
                KnowledgeTree.class.getResourceAsStream(PREPARED + jsonName(yamlFile));
        return prepared != null
                ? prepared
                : KnowledgeTree.class.getResourceAsStream("/knowledge/" + yamlFile);
    }

    /** Reads YAML, or JSON when the text starts with '{'. */
    public static JsonNode read(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(1);
        int first = buffered.read();
        buffered.reset();
        JsonFactory factory = first == '{' ? new JsonFactory() : new YAMLFactory();
        try (JsonParser parser = factory.createParser(buffered)) {
            return parser.nextToken() == null ? null : node(parser);
        }
    }

    /**
     * The mapping at the top of {@code file}, read from what {@code open} gives; a missing file,
     * one that cannot be read or one that holds no mapping is a {@link KnowledgeException} naming
     * it.
     */
    public static JsonNode mapping(String file, java.util.function.Supplier<InputStream> open) {
        try (InputStream in = open.get()) {
            if (in == null) {
                throw new KnowledgeException(file, "", "file not found");
            }
            JsonNode json = read(in);
            if (json == null || !json.isObject()) {
                throw new KnowledgeException(file, "", "must hold a mapping");
            }
            return json;
        } catch (IOException e) {
            throw new KnowledgeException(file, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** {@code care.yaml} becomes {@code care.json}. */
    public static String jsonName(String yamlFile) {
        return yamlFile.replaceFirst("\\.yaml$", ".json");
    }

    private static JsonNode node(JsonParser parser) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, node(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(node(parser));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return parser.getNumberType() == JsonParser.NumberType.INT
                        ? nodes.numberNode(parser.getIntValue())
                        : nodes.numberNode(parser.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return nodes.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return nodes.booleanNode(false);
            }
            default -> {
                return nodes.nullNode();
            }
        }
    }
}
