package dev.unknot.care;

import dev.unknot.knowledge.Disposition;
import java.time.Instant;

/** The disposition of a saved assessment and when it was saved. */
public record DatedDisposition(Disposition disposition, Instant at) {}
