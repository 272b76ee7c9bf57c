package dev.unknot.care;

import java.time.Instant;

/**
 * A person whose record a clinician may open: their person id, the name shown (their user name) and
 * since when they have consented.
 */
public record CarePerson(long personId, String name, Instant linkedSince) {}
