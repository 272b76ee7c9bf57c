package dev.unknot.web;

/**
 * Where the access log's lines go: one JSON object per request, with no personal data in it (see
 * {@link Operations}).
 */
@FunctionalInterface
public interface AccessLog extends AutoCloseable {
    AccessLog NONE = line -> {};

    void write(String line);

    /** Writes out what is still held; a log that holds nothing has nothing to do. */
    @Override
    default void close() {}
}
