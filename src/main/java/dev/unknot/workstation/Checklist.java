package dev.unknot.workstation;

import dev.unknot.intake.InvalidInputException;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.measure.Band;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workstation check as loaded and validated from {@code knowledge/workstation.yaml}: its groups
 * of items and the bands its score falls in, and the scoring: points met / points possible as a
 * whole percent (halves up), where an answer earns its credit share of the item's weight, "not
 * sure" earns nothing and "does not apply" leaves the item out. Immutable and thread-safe.
 */
public record Checklist(List<Group> groups, List<Band> bands) {

    public Checklist {
        groups = List.copyOf(groups);
        bands = List.copyOf(bands);
    }

    /** The bundled check, its sources and habits checked against {@code knowledge}. */
    public static Checklist load(KnowledgeBase knowledge) {
        return ChecklistLoader.fromClasspath(knowledge);
    }

    /** Every item in asking order. */
    public List<Item> items() {
        return groups.stream().flatMap(group -> group.items().stream()).toList();
    }

    public Optional<Item> item(String id) {
        return items().stream().filter(item -> item.id().equals(id)).findFirst();
    }

    /**
     * Checks what a person typed for each item ({@code typed}: item id to an answer as {@link
     * Item#choice} reads it) and keeps the answers' keys. Every item needs an answer ("not sure" is
     * one); an unknown item or answer is refused as {@code FIELD.ITEM}.
     */
    public Answers answers(Map<String, String> typed, String field) {
        for (String id : typed.keySet()) {
            if (item(id).isEmpty()) {
                throw new InvalidInputException(
                        field + "." + id, "is not an item of the workstation check");
            }
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (Item item : items()) {
            String value = typed.get(item.id());
            if (value == null || value.isBlank()) {
                throw new InvalidInputException(
                        field + "." + item.id(),
                        "needs an answer: one of "
                                + item.keys()
                                + " ('not-sure' if you do not know)");
            }
            Choice choice =
                    item.choice(value)
                            .orElseThrow(
                                    () ->
                                            new InvalidInputException(
                                                    field + "." + item.id(),
                                                    "'"
                                                            + value.strip()
                                                            + "' is not one of "
                                                            + item.keys()));
            keys.put(item.id(), choice.key());
        }
        return new Answers(keys);
    }

    /** Scores complete answers (as made by {@link #answers}). */
    public Result score(Answers answers) {
        long met = 0;
        long possible = 0;
        List<Change> fixes = new ArrayList<>();
        List<Change> checks = new ArrayList<>();
        for (Item item : items()) {
            Choice choice = chosen(item, answers);
            if (!choice.counts()) {
                continue;
            }
            met += (long) item.weight() * choice.credit();
            possible += item.weight() * 100L;
            if (choice.kind() == Choice.Kind.NOT_SURE) {
                checks.add(new Change(item, choice, Change.Need.CHECK));
            } else if (!choice.met()) {
                fixes.add(new Change(item, choice, Change.Need.FIX));
            }
        }
        fixes.sort(Comparator.comparingLong(Change::lost).reversed());
        checks.sort(Comparator.comparingInt((Change change) -> change.item().weight()).reversed());
        List<Change> changes = new ArrayList<>(fixes);
        changes.addAll(checks);
        int score = possible == 0 ? 100 : (int) ((200 * met + possible) / (2 * possible));
        return new Result(score, band(score), met, possible, changes);
    }

    /**
     * Stored answers brought up to this check: an item added since reads "not sure", an item since
     * removed or an answer it no longer takes is dropped (and read "not sure").
     */
    public Answers completed(Answers stored) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (Item item : items()) {
            keys.put(
                    item.id(), answered(item, stored).map(Choice::key).orElse(Choice.NOT_SURE_KEY));
        }
        return new Answers(keys);
    }

    /** The band a score falls in. */
    public Band band(int score) {
        return bands.stream()
                .filter(band -> band.contains(score))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no band for " + score));
    }

    /** The answer given for {@code item}, if it was given and is still one the item takes. */
    public Optional<Choice> answered(Item item, Answers answers) {
        return answers.key(item.id()).flatMap(key -> item.choice(key));
    }

    private Choice chosen(Item item, Answers answers) {
        return answered(item, answers)
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        "answers." + item.id(),
                                        "needs an answer: one of " + item.keys()));
    }
}
