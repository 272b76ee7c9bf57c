package dev.unknot.web;

/**
 * Where the access log's lines go: one JSON object per request, with no personal data in it (see
 * {@link Operations}).
 */
@FunctionalInterface
public interface AccessLog {
    AccessLog NONE = line -> { };

    void write(String line);
}
