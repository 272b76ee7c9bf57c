package dev.unknot.knowledge;

import dev.unknot.intake.Question;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads {@code care.yaml}: the plan's thresholds, techniques, stretches, heat and cold, after-care,
 * stop signs and habits.
 */
final class CareReader {
    private final Citations citations;
    private final Set<String> muscleIds;
    private final Predicate<String> pictureExists;

    /** {@code pictureExists} says whether a file is there under {@code knowledge/pictures/}. */
    CareReader(Citations citations, Set<String> muscleIds, Predicate<String> pictureExists) {
        this.citations = citations;
        this.muscleIds = Set.copyOf(muscleIds);
        this.pictureExists = pictureExists;
    }

    CareKnowledge read(Node root) {
        Node settings = root.get("settings").named("settings");
        CareSettings careSettings =
                citations.check(
                        settings,
                        new CareSettings(
                                settings.integer("acuteBeforeDay"),
                                settings.integer("gentleDoseFromPain"),
                                settings.integer("noPressureMassageFromPain"),
                                settings.positiveInteger("secondsPerRep"),
                                settings.texts("sources")));

        Node thermal = root.get("thermal");
        List<Technique> techniques =
                unique(root.list("techniques", this::technique), Technique::id, root);
        return new CareKnowledge(
                careSettings,
                techniques,
                advice(root.get("massagePressure").named("massagePressure"), "massage-pressure"),
                unique(root.list("stretches", this::stretch), Stretch::id, root),
                advice(root.get("stretchCaution").named("stretchCaution"), "stretch-caution"),
                thermal(thermal.get("cold-acute").named("thermal cold-acute"), "cold-acute"),
                thermal(thermal.get("heat-before").named("thermal heat-before"), "heat-before"),
                thermal(thermal.get("cold-after").named("thermal cold-after"), "cold-after"),
                advice(thermal.get("alternating").named("thermal alternating"), "alternating"),
                advice(
                        root.get("limits").get("no-self-massage").named("limit no-self-massage"),
                        "no-self-massage"),
                advice(
                        root.get("limits")
                                .get("no-pressure-on-lump")
                                .named("limit no-pressure-on-lump"),
                        "no-pressure-on-lump"),
                advice(
                        root.get("limits").get("acute-no-massage").named("limit acute-no-massage"),
                        "acute-no-massage"),
                advice(
                        root.get("limits")
                                .get("severe-pain-no-massage")
                                .named("limit severe-pain-no-massage"),
                        "severe-pain-no-massage"),
                advice(
                        root.get("limits").get("gentle-dose").named("limit gentle-dose"),
                        "gentle-dose"),
                unique(
                        root.list(
                                "aftercare",
                                node ->
                                        advice(
                                                node.named("aftercare " + node.text("id")),
                                                node.text("id"))),
                        Advice::id,
                        root),
                unique(
                        root.list(
                                "aftercareGentle",
                                node ->
                                        advice(
                                                node.named("aftercareGentle " + node.text("id")),
                                                node.text("id"))),
                        Advice::id,
                        root),
                unique(root.list("stopSigns", this::stopSign), StopSign::id, root),
                unique(root.list("habits", this::habit), Habit::id, root));
    }

    private Technique technique(Node node) {
        Node entry = node.named("technique " + node.text("id"));
        List<String> targets = entry.texts("target");
        for (String target : targets) {
            if (!muscleIds.contains(target)) {
                throw entry.problem("unknown target muscle '" + target + "'");
            }
        }
        return citations.check(
                entry,
                new Technique(
                        entry.text("id"),
                        entry.text("name"),
                        KnowledgeLoader.tool(entry, entry.text("tool")),
                        entry.flag("firm", false),
                        targets,
                        entry.text("use"),
                        entry.texts("steps"),
                        dose(entry.get("dose")),
                        entry.text("caution"),
                        picture(entry),
                        entry.texts("sources")));
    }

    private Stretch stretch(Node node) {
        Node entry = node.named("stretch " + node.text("id"));
        return citations.check(
                entry,
                new Stretch(
                        entry.text("id"),
                        entry.text("name"),
                        entry.texts("steps"),
                        dose(entry.get("dose")),
                        entry.flag("gentle", false),
                        picture(entry),
                        entry.texts("sources")));
    }

    private Picture picture(Node entry) {
        Node picture = entry.get("picture");
        String file = picture.text("file");
        if (!Picture.FILE.matcher(file).matches()) {
            throw entry.problem("picture '" + file + "' must be a name like knee-to-chest.svg");
        }
        if (!pictureExists.test(file)) {
            throw entry.problem("picture '" + file + "' is not in knowledge/pictures/");
        }
        return new Picture(file, picture.text("alt"));
    }

    private Thermal thermal(Node entry, String id) {
        return citations.check(
                entry,
                new Thermal(
                        id,
                        entry.text("name"),
                        entry.texts("steps"),
                        KnowledgeLoader.tool(entry, entry.text("tool")),
                        entry.text("substitute"),
                        dose(entry.get("dose")),
                        picture(entry),
                        entry.texts("sources")));
    }

    private Advice advice(Node entry, String id) {
        return citations.check(entry, new Advice(id, entry.text("text"), entry.texts("sources")));
    }

    private StopSign stopSign(Node node) {
        Node entry = node.named("stop sign " + node.text("id"));
        List<Question> questions =
                entry.list(
                        "questions",
                        item ->
                                Question.byField(item.json().asText())
                                        .filter(Question::isSafety)
                                        .orElseThrow(
                                                () ->
                                                        entry.problem(
                                                                "'"
                                                                        + item.json().asText()
                                                                        + "' is not a safety question")));
        return citations.check(
                entry,
                new StopSign(
                        entry.text("id"), entry.text("text"), questions, entry.texts("sources")));
    }

    private Habit habit(Node node) {
        Node entry = node.named("habit " + node.text("id"));
        return citations.check(
                entry,
                new Habit(
                        entry.text("id"),
                        entry.text("text"),
                        KnowledgeLoader.causes(entry, entry.texts("forCauses")),
                        entry.texts("sources")));
    }

    private Dose dose(Node node) {
        String kind = node.text("kind");
        Dose.Kind doseKind =
                switch (kind) {
                    case "hold" -> Dose.Kind.HOLD;
                    case "reps" -> Dose.Kind.REPS;
                    case "minutes" -> Dose.Kind.MINUTES;
                    default ->
                            throw node.problem(
                                    "dose kind '" + kind + "' is not one of hold, reps, minutes");
                };
        int min = node.integer("min");
        int max = node.integer("max");
        if (min <= 0 || max < min) {
            throw node.problem("dose needs 0 < min <= max, was " + min + "-" + max);
        }
        return new Dose(doseKind, min, max, node.flag("perSide", false), node.textOr("note", ""));
    }

    private static <T> List<T> unique(
            List<T> entries, java.util.function.Function<T, String> id, Node root) {
        Set<String> seen = new HashSet<>();
        for (T entry : entries) {
            if (!seen.add(id.apply(entry))) {
                throw root.problem("duplicate id '" + id.apply(entry) + "'");
            }
        }
        return entries;
    }
}
