package dev.unknot.search;

import dev.unknot.knowledge.KnowledgeBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Full-text search over the knowledge base with Apache Lucene: an in-memory index of every passage,
 * English stemming and stop words, and the everyday synonyms and question words of {@code
 * knowledge/search-synonyms.yaml} ({@link SearchVocabulary}). A query is plain words, never query
 * syntax, so no input can make it fail. Thread-safe once built.
 */
public final class KnowledgeSearch {
    public static final int MAX_QUERY = 200;
    private static final int RESULTS = 10;

    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final List<Passage> passages;
    private final Map<String, List<String>> synonyms;
    private final UnifiedHighlighter highlighter;

    private KnowledgeSearch(
            Analyzer analyzer,
            IndexSearcher searcher,
            List<Passage> passages,
            Map<String, List<String>> synonyms) {
        this.analyzer = analyzer;
        this.searcher = searcher;
        this.passages = passages;
        this.synonyms = synonyms;
        // the whole passage is one snippet: passages are a sentence or three, and a person should
        // read all of it
        this.highlighter =
                UnifiedHighlighter.builderWithoutSearcher(analyzer)
                        .withBreakIterator(WholeBreakIterator::new)
                        .withFormatter(new SpanFormatter())
                        .withMaxNoHighlightPassages(0)
                        .withMaxLength(Integer.MAX_VALUE - 1)
                        .build();
    }

    /** Indexes every passage of the knowledge base (a few milliseconds). */
    public static KnowledgeSearch of(KnowledgeBase knowledge) {
        List<Passage> passages = Passages.of(knowledge);
        SearchVocabulary vocabulary = SearchVocabulary.load();
        Analyzer analyzer = vocabulary.analyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < passages.size(); i++) {
                Passage passage = passages.get(i);
                Document document = new Document();
                document.add(new StoredField("index", i));
                document.add(new StringField("kind", passage.kind(), Field.Store.NO));
                document.add(new TextField("title", passage.title(), Field.Store.NO));
                document.add(new TextField("text", passage.text(), Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            return new KnowledgeSearch(
                    analyzer,
                    new IndexSearcher(DirectoryReader.open(directory)),
                    List.copyOf(passages),
                    vocabulary.synonyms());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index in memory", e);
        }
    }

    /**
     * The passages that best answer {@code text}, best first (at most ten); none for an empty
     * query.
     */
    public List<Passage> search(String text) {
        return ranked(text).passages();
    }

    /** As {@link #search}, with the words that matched marked in each passage's title and text. */
    public List<Found> find(String text) {
        Ranked ranked = ranked(text);
        List<Found> found = new ArrayList<>();
        for (Passage passage : ranked.passages()) {
            found.add(
                    new Found(
                            passage,
                            marked("title", ranked.query(), passage.title()),
                            marked("text", ranked.query(), passage.text())));
        }
        return found;
    }

    private record Ranked(Query query, List<Passage> passages) {}

    private Ranked ranked(String text) {
        String query = text.strip().toLowerCase(Locale.ROOT);
        if (query.isEmpty()) {
            return new Ranked(new BooleanQuery.Builder().build(), List.of());
        }
        if (query.length() > MAX_QUERY) {
            throw new IllegalArgumentException("a query is at most " + MAX_QUERY + " characters");
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        add(all, query, 1f);
        StringBuilder related = new StringBuilder();
        synonyms.forEach(
                (word, alternatives) -> {
                    if ((" " + query.replaceAll("[^a-z0-9 ]", " ") + " ")
                            .contains(" " + word + " ")) {
                        alternatives.forEach(
                                alternative -> related.append(alternative).append(' '));
                    }
                });
        if (related.length() > 0) {
            add(all, related.toString(), 1f);
        }
        Query built = all.build();
        try {
            List<Passage> found = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(built, RESULTS).scoreDocs) {
                found.add(
                        passages.get(
                                searcher.storedFields()
                                        .document(hit.doc)
                                        .getField("index")
                                        .numericValue()
                                        .intValue()));
            }
            return new Ranked(built, found);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the in-memory search index", e);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Found.Span> marked(String field, Query query, String content) {
        try {
            Object spans = highlighter.highlightWithoutSearcher(field, query, content, 1);
            return spans == null ? Found.unmarked(content) : (List<Found.Span>) spans;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark the words of a passage", e);
        }
    }

    public int size() {
        return passages.size();
    }

    /** Every passage, in knowledge-base order. */
    public List<Passage> all() {
        return passages;
    }

    private void add(BooleanQuery.Builder all, String words, float boost) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        Query title = builder.createBooleanQuery("title", words, BooleanClause.Occur.SHOULD);
        Query body = builder.createBooleanQuery("text", words, BooleanClause.Occur.SHOULD);
        if (title != null) {
            all.add(new BoostQuery(title, 1.5f * boost), BooleanClause.Occur.SHOULD);
        }
        if (body != null) {
            all.add(new BoostQuery(body, boost), BooleanClause.Occur.SHOULD);
        }
    }
}
