package dev.unknot.care;

import dev.unknot.diary.Escalation;
import java.time.Instant;
import java.util.Optional;

/**
 * Follow-up advice raised for a person, with its stored id and, once a clinician has reviewed it,
 * who saw it.
 */
public record Review(
        long escalationId,
        long personId,
        String personName,
        Instant raisedAt,
        Escalation escalation,
        Optional<Seen> seen) {}
