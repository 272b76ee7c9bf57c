package dev.unknot.exercise;

import dev.unknot.intake.Pain;
import java.time.Instant;
import java.util.Optional;

/**
 * A guided session that followed a plan version, as stored: the session, the version followed, what
 * the person reported, and when the next diary entry reviewed it (empty until then).
 */
public record PlanSession(
        long sessionId,
        long personId,
        long planId,
        int planVersion,
        Instant at,
        Pain painBefore,
        SessionReport report,
        Optional<Instant> reviewedAt) {}
