package dev.unknot.measure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.KnowledgeException;
import dev.unknot.knowledge.KnowledgeTree;
import dev.unknot.knowledge.YamlEntry;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads {@code measures.yaml} and checks it as a reviewer would: every instrument cites its
 * publication, every item has distinct answers with scores, the scoring rule is known and its
 * parameters fit the items, the bands cover every possible score once, and an alert names a band
 * that can occur. Problems are reported as "knowledge/measures.yaml, ENTRY: PROBLEM".
 */
final class MeasuresLoader {
    static final String FILE = "measures.yaml";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{0,19}");

    private final Supplier<InputStream> open;

    MeasuresLoader(Supplier<InputStream> open) {
        this.open = open;
    }

    static Measures fromClasspath() {
        return new MeasuresLoader(() -> KnowledgeTree.open(FILE)).load();
    }

    Measures load() {
        JsonNode root = read();
        JsonNode list = root.get("instruments");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new KnowledgeException(FILE, "", "'instruments' must be a non-empty list");
        }
        List<Instrument> instruments = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode node : list) {
            Instrument instrument = instrument(node);
            if (!ids.add(instrument.id())) {
                throw new KnowledgeException(FILE, "instrument " + instrument.id(), "duplicate id");
            }
            instruments.add(instrument);
        }
        return new Measures(instruments);
    }

    private JsonNode read() {
        return KnowledgeTree.mapping(FILE, open);
    }

    private Instrument instrument(JsonNode node) {
        YamlEntry entry =
                new YamlEntry(
                        FILE,
                        "instrument "
                                + (node.hasNonNull("id") ? node.get("id").asText() : "(no id)"),
                        node);
        String id = entry.text("id");
        if (!ID.matcher(id).matches()) {
            throw entry.problem(
                    "id must be 1-20 lower-case letters or digits, starting with a letter");
        }
        YamlEntry cited = entry.child("citation");
        Citation citation = new Citation(cited.text("id"), cited.text("reference"));
        List<Choice> shared =
                entry.has("choices")
                        ? choices(entry, entry.child("choices"))
                        : entry.has("scale") ? scale(entry.child("scale")) : List.of();
        YamlEntry itemList = entry.child("items");
        List<Item> items = new ArrayList<>();
        for (JsonNode itemNode : itemList.elements()) {
            int number = items.size() + 1;
            YamlEntry item = new YamlEntry(FILE, entry.name() + ", item " + number, itemNode);
            List<Choice> choices =
                    item.has("choices") ? choices(item, item.child("choices")) : shared;
            if (choices.size() < 2) {
                throw item.problem(
                        "needs at least two choices (its own or the instrument's 'choices' or 'scale')");
            }
            items.add(new Item(number, item.text("text"), choices));
        }
        if (items.isEmpty()) {
            throw entry.problem("'items' must not be empty");
        }
        Scoring scoring = scoring(entry, entry.child("scoring"), items);
        List<Band> bands =
                entry.has("bands")
                        ? bands(entry, entry.child("bands"), scoring.range(items))
                        : List.of();
        if (scoring instanceof Stratified && !bands.isEmpty()) {
            throw entry.problem(
                    "a stratified score names its groups in 'scoring'; 'bands' are not used");
        }
        Optional<Alert> alert =
                entry.has("alert") ? Optional.of(alert(entry, scoring, bands)) : Optional.empty();
        return new Instrument(
                id,
                entry.text("shortName"),
                entry.text("name"),
                entry.text("intro"),
                entry.text("note"),
                citation,
                items,
                scoring,
                bands,
                alert);
    }

    private List<Choice> choices(YamlEntry owner, YamlEntry list) {
        List<Choice> choices = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode node : list.elements()) {
            YamlEntry choice = new YamlEntry(FILE, owner.name(), node);
            String key = choice.text("key");
            List<String> also = choice.has("also") ? choice.texts("also") : List.of();
            for (String word : concat(key, also)) {
                if (word.contains(",") || !keys.add(word.toLowerCase(java.util.Locale.ROOT))) {
                    throw owner.problem(
                            "choice key '" + word + "' is repeated or contains a comma");
                }
            }
            int score = choice.integer("score");
            if (score < 0) {
                throw owner.problem("choice '" + key + "' has a negative score");
            }
            choices.add(new Choice(key, choice.text("label"), score, also));
        }
        return choices;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private List<Choice> scale(YamlEntry scale) {
        int from = scale.integer("from");
        int to = scale.integer("to");
        if (from < 0 || to <= from) {
            throw scale.problem("scale must run upwards from 0 or more, was " + from + " to " + to);
        }
        Map<String, String> words = new java.util.HashMap<>();
        if (scale.has("words")) {
            scale.node()
                    .get("words")
                    .fields()
                    .forEachRemaining(
                            field -> words.put(field.getKey(), field.getValue().asText()));
        }
        List<Choice> choices = new ArrayList<>();
        for (int value = from; value <= to; value++) {
            String key = String.valueOf(value);
            choices.add(
                    new Choice(
                            key, words.containsKey(key) ? key + " " + words.get(key) : key, value));
        }
        return choices;
    }

    private Scoring scoring(YamlEntry instrument, YamlEntry scoring, List<Item> items) {
        String rule = scoring.text("rule");
        Scoring result =
                switch (rule) {
                    case "percentage" -> new Percentage(scoring.integer("maxMissing"));
                    case "total" -> new Total(scoring.integer("maxMissing"));
                    case "stratified" -> stratified(scoring, items);
                    default ->
                            throw instrument.problem(
                                    "scoring rule '"
                                            + rule
                                            + "' is not one of percentage, total, stratified");
                };
        if (result.maxMissing() < 0 || result.maxMissing() >= items.size()) {
            throw instrument.problem(
                    "maxMissing must be from 0 to "
                            + (items.size() - 1)
                            + ", was "
                            + result.maxMissing());
        }
        return result;
    }

    private Stratified stratified(YamlEntry scoring, List<Item> items) {
        List<Integer> subscale = new ArrayList<>();
        for (JsonNode number : scoring.child("subscaleItems").elements()) {
            if (!number.isInt() || number.asInt() < 1 || number.asInt() > items.size()) {
                throw scoring.problem(
                        "subscaleItems must be item numbers from 1 to "
                                + items.size()
                                + ", was "
                                + number);
            }
            subscale.add(number.asInt());
        }
        YamlEntry groups = scoring.child("groups");
        Stratified rule =
                new Stratified(
                        subscale,
                        scoring.integer("lowMaxTotal"),
                        scoring.integer("highMinSubscale"),
                        groups.text("low"),
                        groups.text("medium"),
                        groups.text("high"));
        if (new HashSet<>(List.of(rule.low(), rule.medium(), rule.high())).size() != 3) {
            throw scoring.problem("the low, medium and high groups need three different names");
        }
        return rule;
    }

    private static List<Band> bands(YamlEntry instrument, YamlEntry list, int[] range) {
        return Band.read(instrument, list, range[0], range[1]);
    }

    private Alert alert(YamlEntry instrument, Scoring scoring, List<Band> bands) {
        YamlEntry alert = instrument.child("alert");
        String band = alert.text("band");
        List<String> names =
                scoring instanceof Stratified stratified
                        ? List.of(stratified.low(), stratified.medium(), stratified.high())
                        : bands.stream().map(Band::name).toList();
        if (!names.contains(band)) {
            throw instrument.problem("alert band '" + band + "' is not one of " + names);
        }
        String disposition = alert.text("disposition");
        Disposition level =
                Arrays.stream(Disposition.values())
                        .filter(value -> value.name().equals(disposition))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        instrument.problem(
                                                "alert disposition '"
                                                        + disposition
                                                        + "' is not one of "
                                                        + Arrays.toString(Disposition.values())));
        return new Alert(alert.text("id"), alert.text("name"), band, level, alert.text("advice"));
    }

    /** A YAML node with the entry name problems are reported under. */
}
