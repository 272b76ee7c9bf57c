package dev.unknot.fhir;

/** A resource of a Bundle that reading did not turn into part of the record, and why. */
public record Skipped(String type, String id, String why) {}
