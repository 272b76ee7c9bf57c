package dev.unknot.store;

import java.time.Instant;

/** A profile whose diary, sessions and measures are kept; several people can share one database. */
public record Person(long id, String name, Instant createdAt) {
}
