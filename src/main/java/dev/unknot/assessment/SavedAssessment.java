package dev.unknot.assessment;

import dev.unknot.intake.Intake;
import dev.unknot.knowledge.Disposition;
import java.time.Instant;

/** A saved intake and what triage made of it when it was saved. */
public record SavedAssessment(Instant at, Disposition disposition, Intake intake) {}
