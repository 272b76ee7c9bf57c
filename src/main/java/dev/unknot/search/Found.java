package dev.unknot.search;

import java.util.List;

/**
 * A passage a search found, with its title and text cut into spans so a page can mark the words
 * that matched (the search's own stemming decides: "rubbing" marks "rub").
 */
public record Found(Passage passage, List<Span> title, List<Span> text) {
    public Found {
        title = List.copyOf(title);
        text = List.copyOf(text);
    }

    /** A passage shown without a search: nothing marked. */
    public static Found of(Passage passage) {
        return new Found(passage, unmarked(passage.title()), unmarked(passage.text()));
    }

    static List<Span> unmarked(String words) {
        return List.of(new Span(words, false));
    }

    /** A run of the passage's words, and whether they matched the search. */
    public record Span(String words, boolean matched) {}
}
