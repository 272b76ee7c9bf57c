package dev.unknot.care;

import java.time.Instant;

/** A clinic: the team a clinician works in; consent is given to a clinician of one clinic. */
public record Clinic(long id, String name, Instant createdAt) {}
