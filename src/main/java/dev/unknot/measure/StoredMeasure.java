package dev.unknot.measure;

/** A stored outcome-measure result with the id it is stored under. */
public record StoredMeasure(long id, MeasureLog result) {}
