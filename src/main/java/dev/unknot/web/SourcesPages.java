package dev.unknot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.search.Found;
import dev.unknot.search.KnowledgeSearch;
import dev.unknot.search.Passage;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * The sources page and the search over the knowledge base ({@code GET /sources?q=}, {@code GET
 * /api/search?q=}).
 */
final class SourcesPages {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private KnowledgeSearch search;
    private final KnowledgeBase knowledge;
    private final Templates templates;

    /**
     * The index is built on the first search (about half a second in a fresh JVM), not at server
     * start.
     */
    SourcesPages(KnowledgeBase knowledge, Templates templates) {
        this.knowledge = knowledge;
        this.templates = templates;
    }

    void page(Context ctx) {
        String query = query(ctx);
        Optional<List<Found>> found =
                query.isBlank() ? Optional.empty() : Optional.of(search().find(query));
        templates.page(ctx, "sources", SourcesView.of(query, found, search().all(), knowledge));
    }

    void api(Context ctx) {
        String query = query(ctx);
        ObjectNode json = MAPPER.createObjectNode();
        json.put("query", query);
        ArrayNode results = json.putArray("results");
        for (Passage passage : search().search(query)) {
            ObjectNode hit = results.addObject();
            hit.put("id", passage.id());
            hit.put("kind", passage.kind());
            hit.put("title", passage.title());
            hit.put("text", passage.text());
            hit.put("link", passage.link());
            ArrayNode sources = hit.putArray("sources");
            passage.sources().stream()
                    .map(knowledge::source)
                    .flatMap(Optional::stream)
                    .forEach(
                            source -> {
                                ObjectNode cited = sources.addObject();
                                cited.put("id", source.id());
                                cited.put("title", source.title());
                            });
        }
        ctx.contentType(AssessmentApi.JSON).result(json.toString());
    }

    private synchronized KnowledgeSearch search() {
        if (search == null) {
            search = KnowledgeSearch.of(knowledge);
        }
        return search;
    }

    private static String query(Context ctx) {
        String query = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        if (query.length() > KnowledgeSearch.MAX_QUERY) {
            throw new InvalidInputException(
                    "q",
                    "must be at most "
                            + KnowledgeSearch.MAX_QUERY
                            + " characters, was "
                            + query.length());
        }
        return query;
    }
}
