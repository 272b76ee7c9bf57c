package dev.unknot.web;

import java.util.List;

/**
 * The body of {@code POST /api/measures/{id}}: one score per item of the instrument, {@code null}
 * for an item left out, and the day the answers are for (default today).
 */
record MeasureRequest(String date, List<Integer> answers) {}
