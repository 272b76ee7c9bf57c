package dev.unknot.web;

import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.Source;
import dev.unknot.search.Passage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sources page: a search and its results, the articles, and every passage of advice with its citations. */
public record SourcesView(String query, Optional<List<Hit>> results, List<Source> sources, Map<String, List<Hit>> byKind) {

    /** A passage with the titles of the sources it cites. */
    public record Hit(Passage passage, List<Source> cites) {
    }

    static SourcesView of(String query, Optional<List<Passage>> found, List<Passage> all, KnowledgeBase knowledge) {
        Map<String, List<Hit>> byKind = new LinkedHashMap<>();
        for (Passage passage : all) {
            if (!passage.kind().equals("source")) {
                byKind.computeIfAbsent(passage.kind(), kind -> new java.util.ArrayList<>()).add(hit(passage, knowledge));
            }
        }
        return new SourcesView(query, found.map(list -> list.stream().map(p -> hit(p, knowledge)).toList()),
                knowledge.sources(), byKind);
    }

    private static Hit hit(Passage passage, KnowledgeBase knowledge) {
        return new Hit(passage, passage.sources().stream().map(knowledge::source).flatMap(Optional::stream).toList());
    }
}
