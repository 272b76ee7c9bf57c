package dev.unknot.measure;

import dev.unknot.knowledge.Disposition;

/**
 * Advice raised when a result falls in {@code band} (a STarT Back high-risk result): an id in the
 * style of the follow-up rules, a name, what to do and how serious it is. Stored and shown as an
 * escalation.
 */
public record Alert(String id, String name, String band, Disposition disposition, String advice) {}
