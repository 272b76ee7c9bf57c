package dev.unknot.fhir;

import dev.unknot.record.PersonRecord;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What reading a Bundle gave: the record, and every resource it did not use, with why. */
public record FhirRead(PersonRecord record, List<Skipped> skipped) {
    public FhirRead {
        skipped = List.copyOf(skipped);
    }

    /** How many resources of each type were skipped, by type name. */
    public Map<String, Integer> skippedByType() {
        Map<String, Integer> counts = new TreeMap<>();
        skipped.forEach(one -> counts.merge(one.type(), 1, Integer::sum));
        return counts;
    }
}
