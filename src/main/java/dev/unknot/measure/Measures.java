package dev.unknot.measure;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome measures unknot offers, loaded and validated from {@code knowledge/measures.yaml}.
 * Immutable.
 */
public record Measures(List<Instrument> instruments) {

    public Measures {
        instruments = List.copyOf(instruments);
    }

    /** The bundled instruments. */
    public static Measures load() {
        return MeasuresLoader.fromClasspath();
    }

    /** An instrument by id, case-insensitive ({@code ODI} finds {@code odi}). */
    public Optional<Instrument> find(String id) {
        return instruments.stream()
                .filter(instrument -> instrument.id().equalsIgnoreCase(id.trim()))
                .findFirst();
    }

    /** The ids, comma separated, for messages: {@code "nprs, odi, rmdq, startback"}. */
    public String ids() {
        return instruments.stream().map(Instrument::id).collect(Collectors.joining(", "));
    }
}
