package dev.unknot.care;

import java.time.Instant;

/** A clinician's review of follow-up advice: by whom, when, and their note to the person. */
public record Seen(String by, Instant at, String note) {}
