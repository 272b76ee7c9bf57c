package dev.unknot.web;

/** A signed-in person: their stored profile's id and the user name they signed up with. */
public record Account(long personId, String username) {
}
