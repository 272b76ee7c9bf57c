package dev.unknot.exercise;

import dev.unknot.intake.Pain;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a person says after a session that followed their individual plan: pain during and after
 * (0-10) and, per exercise of the plan, how much of the dose they did.
 */
public record SessionReport(Pain painDuring, Pain painAfter, Map<String, Effort> efforts) {
    public SessionReport {
        efforts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(efforts));
    }
}
