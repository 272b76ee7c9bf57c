package dev.unknot.diary;

import java.time.Instant;

/** An escalation as stored, with when it was raised. */
public record RaisedEscalation(Instant at, Escalation escalation) {}
