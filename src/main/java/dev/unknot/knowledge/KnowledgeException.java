package dev.unknot.knowledge;

/** A knowledge file is missing, unreadable or inconsistent; the message names file, entry and problem. */
public final class KnowledgeException extends RuntimeException {
    public KnowledgeException(String file, String entry, String problem) {
        super("knowledge/" + file + (entry.isEmpty() ? "" : ", " + entry) + ": " + problem);
    }

    public KnowledgeException(String file, String entry, String problem, Throwable cause) {
        super("knowledge/" + file + (entry.isEmpty() ? "" : ", " + entry) + ": " + problem, cause);
    }
}
