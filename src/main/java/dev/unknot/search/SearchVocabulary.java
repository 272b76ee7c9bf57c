package dev.unknot.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.unknot.knowledge.KnowledgeException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The words of {@code knowledge/search-synonyms.yaml}: the everyday words people search with and
 * the words the knowledge base uses for them, and the question words ("can", "you", "should") that
 * say nothing about what is asked, so they neither rank nor get marked.
 */
record SearchVocabulary(Map<String, List<String>> synonyms, Set<String> questionWords) {
    static final String FILE = "knowledge/search-synonyms.yaml";

    SearchVocabulary {
        synonyms = Map.copyOf(synonyms);
        questionWords = Set.copyOf(questionWords);
    }

    /** English stemming, with Lucene's English stop words and the question words left out. */
    Analyzer analyzer() {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        stop.addAll(questionWords);
        return new EnglishAnalyzer(stop);
    }

    static SearchVocabulary load() {
        try (InputStream in = SearchVocabulary.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new KnowledgeException(FILE, "", "is missing");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            return new SearchVocabulary(
                    synonyms(root.path("synonyms")),
                    Set.copyOf(words(root.path("questionWords"), "questionWords")));
        } catch (IOException e) {
            throw new KnowledgeException(FILE, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static Map<String, List<String>> synonyms(JsonNode node) {
        if (!node.isObject()) {
            throw new KnowledgeException(
                    FILE, "synonyms", "must be a map of word to a list of words");
        }
        Map<String, List<String>> synonyms = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            synonyms.put(
                    entry.getKey().toLowerCase(Locale.ROOT),
                    words(entry.getValue(), "synonyms." + entry.getKey()));
        }
        return synonyms;
    }

    private static List<String> words(JsonNode node, String field) {
        if (!node.isArray()) {
            throw new KnowledgeException(FILE, field, "must be a list of words");
        }
        List<String> words = new ArrayList<>();
        node.forEach(word -> words.add(word.asText().toLowerCase(Locale.ROOT)));
        return List.copyOf(words);
    }
}
