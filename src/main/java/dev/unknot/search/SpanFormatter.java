package dev.unknot.search;

import dev.unknot.search.Found.Span;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's matches into spans of plain text (no markup: the page escapes and marks
 * them).
 */
final class SpanFormatter extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
        List<Span> spans = new ArrayList<>();
        int at = 0;
        for (Passage passage : passages) {
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(at, passage.getMatchStarts()[i]);
                int end = passage.getMatchEnds()[i];
                if (end <= start) {
                    continue;
                }
                if (start > at) {
                    spans.add(new Span(content.substring(at, start), false));
                }
                spans.add(new Span(content.substring(start, end), true));
                at = end;
            }
        }
        if (at < content.length()) {
            spans.add(new Span(content.substring(at), false));
        }
        return List.copyOf(spans);
    }
}
