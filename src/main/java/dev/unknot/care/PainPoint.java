package dev.unknot.care;

import java.time.Instant;
import java.time.LocalDate;

/** One diary entry's pain, as the dashboard reads it: its id, day, when recorded and points. */
public record PainPoint(long entryId, LocalDate date, Instant recordedAt, int pain) {}
