package dev.unknot.care;

import java.time.Instant;

/** One look at a person's record: who (by name and clinic), what and when. */
public record AuditEntry(Instant at, String clinicianName, String clinicName, RecordView what) {}
