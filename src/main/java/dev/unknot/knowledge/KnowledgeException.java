package dev.unknot.knowledge;

import dev.unknot.intake.UnknotException;

/**
 * A knowledge file is missing, unreadable or inconsistent; the message names file, entry and
 * problem.
 */
public final class KnowledgeException extends UnknotException {
    public KnowledgeException(String file, String entry, String problem) {
        super("knowledge/" + file + (entry.isEmpty() ? "" : ", " + entry) + ": " + problem);
    }

    public KnowledgeException(String file, String entry, String problem, Throwable cause) {
        super("knowledge/" + file + (entry.isEmpty() ? "" : ", " + entry) + ": " + problem, cause);
    }

    @Override
    public boolean callersToFix() {
        return false;
    }

    @Override
    public String shown() {
        return "broken knowledge base: " + getMessage();
    }
}
