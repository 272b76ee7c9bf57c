package dev.unknot.measure;

/**
 * The publication an instrument's items and scoring follow: a short id and the reference in full.
 */
public record Citation(String id, String reference) {}
