package dev.unknot.knowledge;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads {@code exercises.yaml} into the {@link ExerciseLibrary}: the care content's stretches and
 * techniques become library entries (their steps, picture and dose come from {@code care.yaml},
 * only what they are for is added here), then the strengthening, stability and walking exercises
 * are read in full. Checks what a reviewer would: known muscles and sources, pictures that exist
 * and keep to {@link SvgSubset}, doses within the {@link Prescription} limits, variant ids that
 * exist, agree both ways and never lead round in a circle.
 */
final class ExerciseLibraryReader {
    static final String FILE = "exercises.yaml";

    private static final Map<String, DayOfWeek> DAYS =
            Map.of(
                    "mon", DayOfWeek.MONDAY,
                    "tue", DayOfWeek.TUESDAY,
                    "wed", DayOfWeek.WEDNESDAY,
                    "thu", DayOfWeek.THURSDAY,
                    "fri", DayOfWeek.FRIDAY,
                    "sat", DayOfWeek.SATURDAY,
                    "sun", DayOfWeek.SUNDAY);

    private final Citations citations;
    private final Set<String> muscleIds;
    private final CareKnowledge care;
    private final Function<String, InputStream> openPicture;

    /** {@code openPicture} opens a file under {@code knowledge/pictures/}, or gives null. */
    ExerciseLibraryReader(
            Citations citations,
            Set<String> muscleIds,
            CareKnowledge care,
            Function<String, InputStream> openPicture) {
        this.citations = citations;
        this.muscleIds = Set.copyOf(muscleIds);
        this.care = care;
        this.openPicture = openPicture;
    }

    ExerciseLibrary read(Node root) {
        List<LibraryExercise> exercises = new ArrayList<>(fromCare(root.get("fromCare")));
        exercises.addAll(root.list("exercises", this::exercise));
        Map<String, LibraryExercise> byId = new LinkedHashMap<>();
        for (LibraryExercise exercise : exercises) {
            if (byId.put(exercise.id(), exercise) != null) {
                throw root.problem("duplicate exercise id '" + exercise.id() + "'");
            }
        }
        Variants.check(root, byId);
        return new ExerciseLibrary(exercises);
    }

    /**
     * The stretches and techniques of {@code care.yaml} as library entries. Their starting dose is
     * the low end of their range, done as often as {@code fromCare} says.
     */
    private List<LibraryExercise> fromCare(Node node) {
        Node settings = node.named("fromCare");
        int sets = settings.integer("sets");
        int timesPerDay = settings.integer("timesPerDay");
        Set<DayOfWeek> days = days(settings);
        List<String> doseSources = settings.texts("sources");
        citations.check(settings, () -> doseSources);

        Map<String, Node> stretches = mapping(settings, "stretches");
        Map<String, Node> techniques = mapping(settings, "techniques");
        sameIds(
                settings,
                "stretches",
                stretches.keySet(),
                care.stretches().stream().map(Stretch::id).toList());
        sameIds(
                settings,
                "techniques",
                techniques.keySet(),
                care.techniques().stream().map(Technique::id).toList());

        List<LibraryExercise> entries = new ArrayList<>();
        for (Stretch stretch : care.stretches()) {
            Node entry = stretches.get(stretch.id()).named("fromCare stretch " + stretch.id());
            Prescription dose = prescription(entry, stretch.dose(), sets, timesPerDay, days);
            entries.add(
                    new LibraryExercise(
                            stretch.id(),
                            stretch.name(),
                            LibraryExercise.Kind.STRETCH,
                            entry.text("purpose"),
                            muscles(entry, entry.texts("targetMuscles")),
                            stretch.steps(),
                            checked(entry, stretch.picture()),
                            dose,
                            Optional.empty(),
                            Optional.empty(),
                            union(stretch.sources(), doseSources)));
        }
        for (Technique technique : care.techniques()) {
            Node entry =
                    techniques.get(technique.id()).named("fromCare technique " + technique.id());
            Prescription dose = prescription(entry, technique.dose(), sets, timesPerDay, days);
            entries.add(
                    new LibraryExercise(
                            technique.id(),
                            technique.name(),
                            LibraryExercise.Kind.MASSAGE,
                            entry.text("purpose"),
                            technique.targetMuscles(),
                            technique.steps(),
                            checked(entry, technique.picture()),
                            dose,
                            Optional.empty(),
                            Optional.empty(),
                            union(technique.sources(), doseSources)));
        }
        return entries;
    }

    /** A range dose of the care content as a prescription: its low end, once per set. */
    private static Prescription prescription(
            Node entry, Dose dose, int sets, int timesPerDay, Set<DayOfWeek> days) {
        int amount = dose.min();
        try {
            return new Prescription(
                    sets,
                    dose.kind() == Dose.Kind.REPS ? amount : 0,
                    dose.kind() == Dose.Kind.HOLD ? amount : 0,
                    0,
                    dose.kind() == Dose.Kind.MINUTES ? amount : 0,
                    dose.perSide(),
                    timesPerDay,
                    days);
        } catch (IllegalArgumentException e) {
            throw entry.problem("dose: " + e.getMessage());
        }
    }

    private LibraryExercise exercise(Node node) {
        Node entry = node.named("exercise " + node.text("id"));
        String kind = entry.text("kind");
        LibraryExercise.Kind parsed =
                KnowledgeLoader.enumOf(
                        entry, LibraryExercise.Kind.class, kind.toUpperCase(java.util.Locale.ROOT));
        if (parsed == LibraryExercise.Kind.STRETCH || parsed == LibraryExercise.Kind.MASSAGE) {
            throw entry.problem(
                    "stretches and self-massage come from care.yaml; kind here is strength, stability or walking");
        }
        Node picture = entry.get("picture");
        return citations.check(
                entry,
                new LibraryExercise(
                        entry.text("id"),
                        entry.text("name"),
                        parsed,
                        entry.text("purpose"),
                        muscles(entry, entry.texts("targetMuscles")),
                        entry.texts("steps"),
                        checked(entry, new Picture(picture.text("file"), picture.text("alt"))),
                        dose(entry),
                        entry.has("easier") ? Optional.of(entry.text("easier")) : Optional.empty(),
                        entry.has("harder") ? Optional.of(entry.text("harder")) : Optional.empty(),
                        entry.texts("sources")));
    }

    private static Prescription dose(Node entry) {
        Node dose = entry.get("dose");
        try {
            return new Prescription(
                    dose.integer("sets"),
                    optional(dose, "reps"),
                    optional(dose, "holdSeconds"),
                    optional(dose, "restSeconds"),
                    optional(dose, "minutes"),
                    dose.flag("perSide", false),
                    dose.integer("timesPerDay"),
                    days(dose));
        } catch (IllegalArgumentException e) {
            throw entry.problem("dose: " + e.getMessage());
        }
    }

    private static int optional(Node node, String field) {
        return node.has(field) ? node.integer(field) : 0;
    }

    private static Set<DayOfWeek> days(Node node) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String code : node.texts("days")) {
            DayOfWeek day = DAYS.get(code);
            if (day == null) {
                throw node.problem(
                        "day '" + code + "' is not one of mon, tue, wed, thu, fri, sat, sun");
            }
            if (!days.add(day)) {
                throw node.problem("day '" + code + "' is named twice");
            }
        }
        if (days.isEmpty()) {
            throw node.problem("'days' names no day");
        }
        return days;
    }

    private List<String> muscles(Node entry, List<String> ids) {
        if (ids.isEmpty()) {
            throw entry.problem("'targetMuscles' names no muscle");
        }
        for (String id : ids) {
            if (!muscleIds.contains(id)) {
                throw entry.problem("unknown target muscle '" + id + "'");
            }
        }
        return ids;
    }

    /** The picture, once its file is there and keeps to what the handout can print. */
    private Picture checked(Node entry, Picture picture) {
        InputStream in = openPicture.apply(picture.file());
        if (in == null) {
            throw entry.problem("picture '" + picture.file() + "' is not in knowledge/pictures/");
        }
        Optional<String> problem = SvgSubset.problem(in);
        if (problem.isPresent()) {
            throw entry.problem("picture '" + picture.file() + "' " + problem.get());
        }
        return picture;
    }

    private static Map<String, Node> mapping(Node node, String field) {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (Map.Entry<String, Node> entry : node.get(field).fields()) {
            entries.put(entry.getKey(), entry.getValue());
        }
        return entries;
    }

    private static void sameIds(Node node, String field, Set<String> here, List<String> inCare) {
        if (!here.equals(new HashSet<>(inCare))) {
            throw node.problem(
                    "'"
                            + field
                            + "' must name exactly the "
                            + field
                            + " of care.yaml "
                            + inCare
                            + ", found "
                            + here);
        }
    }

    private static List<String> union(List<String> first, List<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
