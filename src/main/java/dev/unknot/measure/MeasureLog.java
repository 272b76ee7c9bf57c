package dev.unknot.measure;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored outcome-measure result: which instrument, the day it was taken, the answers as given
 * (item scores separated by commas, {@code -} for a missing item), the score and its band in words.
 */
public record MeasureLog(
        String instrument,
        LocalDate takenOn,
        Instant recordedAt,
        String responses,
        String score,
        String band) {}
