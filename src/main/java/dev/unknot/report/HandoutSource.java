package dev.unknot.report;

import java.util.Optional;

/** A source as printed: its short title and its public address where it has one. */
public record HandoutSource(String title, Optional<String> url) {
    public HandoutSource {
        Handout.requireText("title", title);
    }
}
