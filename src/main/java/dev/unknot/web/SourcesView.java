package dev.unknot.web;

import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.Source;
import dev.unknot.search.Found;
import dev.unknot.search.Found.Span;
import dev.unknot.search.Passage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sources page: a search and its results, the articles, and every passage of advice with its
 * citations.
 */
public record SourcesView(
        String query,
        Optional<List<Hit>> results,
        List<Source> sources,
        Map<String, List<Hit>> byKind) {

    /**
     * A passage with the sources it cites, its title and text in spans marking the words a search
     * matched.
     */
    public record Hit(Passage passage, List<Source> cites, List<Span> title, List<Span> text) {}

    static SourcesView of(
            String query, Optional<List<Found>> found, List<Passage> all, KnowledgeBase knowledge) {
        Map<String, List<Hit>> byKind = new LinkedHashMap<>();
        for (Passage passage : all) {
            if (!passage.kind().equals("source")) {
                byKind.computeIfAbsent(passage.kind(), kind -> new ArrayList<>())
                        .add(hit(Found.of(passage), knowledge));
            }
        }
        return new SourcesView(
                query,
                found.map(list -> list.stream().map(f -> hit(f, knowledge)).toList()),
                knowledge.sources(),
                byKind);
    }

    private static Hit hit(Found found, KnowledgeBase knowledge) {
        Passage passage = found.passage();
        return new Hit(
                passage,
                passage.sources().stream()
                        .map(knowledge::source)
                        .flatMap(Optional::stream)
                        .toList(),
                found.title(),
                found.text());
    }
}
