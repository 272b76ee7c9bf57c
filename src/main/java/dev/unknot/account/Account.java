package dev.unknot.account;

/**
 * A signed-in person: the id of their own stored profile, its name (what the diary and follow-up
 * services are keyed by) and the user name they signed up with.
 */
public record Account(long personId, String profile, String username) {}
