package dev.unknot.workstation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unknot.knowledge.Habit;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.KnowledgeTree;
import dev.unknot.knowledge.Source;
import dev.unknot.knowledge.YamlEntry;
import dev.unknot.measure.Band;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads {@code workstation.yaml} and checks it as a reviewer would: unique ids, a question, a
 * change and at least one known source for every item, a weight from 1 to 3, distinct answers with
 * credits from 0 to 100 (one earning the full weight), habits that {@code care.yaml} has, and bands
 * covering 0-100 once. Problems are reported as "knowledge/workstation.yaml, ENTRY: PROBLEM".
 */
final class ChecklistLoader {
    static final String FILE = "workstation.yaml";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final int MAX_WEIGHT = 3;

    private final Supplier<InputStream> open;
    private final KnowledgeBase knowledge;

    ChecklistLoader(Supplier<InputStream> open, KnowledgeBase knowledge) {
        this.open = open;
        this.knowledge = knowledge;
    }

    static Checklist fromClasspath(KnowledgeBase knowledge) {
        return new ChecklistLoader(() -> KnowledgeTree.open(FILE), knowledge).load();
    }

    Checklist load() {
        YamlEntry root = new YamlEntry(FILE, "", read());
        List<Band> bands = bands(new YamlEntry(FILE, "scoring", root.child("scoring").node()));
        List<Group> groups = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode node : root.child("groups").elements()) {
            YamlEntry group = new YamlEntry(FILE, "group " + name(node), node);
            String id = id(group);
            if (!ids.add("group " + id)) {
                throw group.problem("duplicate id");
            }
            String title = group.text("title");
            List<Item> items = new ArrayList<>();
            for (JsonNode itemNode : group.child("items").elements()) {
                YamlEntry entry = new YamlEntry(FILE, "item " + name(itemNode), itemNode);
                Item item = item(entry, title);
                if (!ids.add("item " + item.id())) {
                    throw entry.problem("duplicate id");
                }
                items.add(item);
            }
            if (items.isEmpty()) {
                throw group.problem("'items' must not be empty");
            }
            groups.add(new Group(id, title, items));
        }
        if (groups.isEmpty()) {
            throw root.problem("'groups' must not be empty");
        }
        return new Checklist(groups, bands);
    }

    private static String name(JsonNode node) {
        return node.hasNonNull("id") ? node.get("id").asText() : "(no id)";
    }

    private JsonNode read() {
        return KnowledgeTree.mapping(FILE, open);
    }

    private static String id(YamlEntry entry) {
        String id = entry.text("id");
        if (!ID.matcher(id).matches()) {
            throw entry.problem("'id' must be lower-case words joined by '-', was '" + id + "'");
        }
        return id;
    }

    private Item item(YamlEntry entry, String group) {
        String id = id(entry);
        int weight = entry.integer("weight");
        if (weight < 1 || weight > MAX_WEIGHT) {
            throw entry.problem(
                    "'weight' must be a whole number from 1 to " + MAX_WEIGHT + ", was " + weight);
        }
        List<Choice> choices = entry.has("choices") ? choices(entry) : yesNo();
        choices.add(Choice.NOT_SURE);
        List<Source> sources = new ArrayList<>();
        for (String sourceId : entry.texts("sources")) {
            sources.add(
                    knowledge
                            .source(sourceId)
                            .orElseThrow(
                                    () ->
                                            entry.problem(
                                                    "'sources' names an unknown source '"
                                                            + sourceId
                                                            + "' (not in sources.yaml)")));
        }
        if (sources.isEmpty()) {
            throw entry.problem("'sources' must name at least one source");
        }
        Set<String> known = new HashSet<>();
        knowledge.care().habits().stream().map(Habit::id).forEach(known::add);
        List<String> habits = entry.texts("habits");
        for (String habit : habits) {
            if (!known.contains(habit)) {
                throw entry.problem(
                        "'habits' names an unknown habit '" + habit + "' (not in care.yaml)");
            }
        }
        return new Item(
                id,
                group,
                entry.text("name"),
                entry.text("question"),
                weight,
                choices,
                entry.text("change"),
                sources,
                habits);
    }

    private static List<Choice> yesNo() {
        return new ArrayList<>(
                List.of(
                        new Choice("yes", "Yes", Choice.Kind.CREDIT, 100),
                        new Choice("no", "No", Choice.Kind.CREDIT, 0)));
    }

    private List<Choice> choices(YamlEntry item) {
        List<Choice> choices = new ArrayList<>();
        Set<String> keys = new HashSet<>(Set.of(Choice.NOT_SURE_KEY));
        boolean full = false;
        for (JsonNode node : item.child("choices").elements()) {
            YamlEntry choice = new YamlEntry(FILE, item.name(), node);
            String key = choice.text("key");
            if (!ID.matcher(key).matches() || !keys.add(key)) {
                throw item.problem(
                        "choice key '" + key + "' is repeated, reserved or not lower-case words");
            }
            if (choice.flag("notApplicable")) {
                choices.add(new Choice(key, choice.text("label"), Choice.Kind.NOT_APPLICABLE, 0));
                continue;
            }
            int credit = choice.integer("credit");
            if (credit < 0 || credit > 100) {
                throw item.problem(
                        "choice '" + key + "': 'credit' must be from 0 to 100, was " + credit);
            }
            full |= credit == 100;
            choices.add(new Choice(key, choice.text("label"), Choice.Kind.CREDIT, credit));
        }
        if (!full || choices.size() < 2) {
            throw item.problem("'choices' needs at least two answers, one of them with credit 100");
        }
        return choices;
    }

    private static List<Band> bands(YamlEntry scoring) {
        return Band.read(scoring, scoring.child("bands"), 0, 100);
    }

    /** A YAML node with the entry name problems are reported under. */
}
