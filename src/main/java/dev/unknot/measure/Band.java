package dev.unknot.measure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unknot.knowledge.YamlEntry;
import java.util.ArrayList;
import java.util.List;

/** A named range of scores, both ends included, e.g. ODI 21-40 "moderate disability". */
public record Band(int from, int to, String name) {
    public Band {
        if (from > to) {
            throw new IllegalArgumentException(
                    "band '" + name + "' runs from " + from + " down to " + to);
        }
    }

    public boolean contains(int score) {
        return score >= from && score <= to;
    }

    /**
     * The bands listed in {@code list} ({@code from}, {@code to}, {@code name} each), which must
     * cover every score from {@code min} to {@code max} in order with no gap; a problem is named by
     * {@code owner}.
     */
    public static List<Band> read(YamlEntry owner, YamlEntry list, int min, int max) {
        List<Band> bands = new ArrayList<>();
        int next = min;
        for (JsonNode node : list.elements()) {
            YamlEntry band = new YamlEntry(owner.file(), owner.name(), node);
            int from = band.integer("from");
            int to = band.integer("to");
            String name = band.text("name");
            if (from != next || to < from) {
                throw owner.problem(
                        "band '" + name + "' must start at " + next + " and not end before it");
            }
            bands.add(new Band(from, to, name));
            next = to + 1;
        }
        if (next != max + 1) {
            throw owner.problem(
                    "the bands must cover every score from "
                            + min
                            + " to "
                            + max
                            + ", they end at "
                            + (next - 1));
        }
        return List.copyOf(bands);
    }
}
