package dev.unknot.knowledge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code progression.yaml} and checks it as a reviewer would: thresholds on the 0-10 pain
 * scale, a growth entry for every kind of exercise with tops inside the {@link Prescription}
 * limits, one rule for every condition in the order they are checked, known placeholders in every
 * sentence, and a self-care programme made of strengthening exercises the library has.
 */
final class ProgressionReader {
    static final String FILE = "progression.yaml";

    private static final Set<String> PAIN_WORDS = Set.of("limit", "flare", "settle");
    private static final Set<String> NEXT_WORDS = Set.of("amount", "exercise");
    private static final Set<String> SELF_CARE_WORDS = Set.of("pain", "entries", "hours");

    private final Citations citations;
    private final ExerciseLibrary library;

    ProgressionReader(Citations citations, ExerciseLibrary library) {
        this.citations = citations;
        this.library = library;
    }

    ProgressionRules read(Node root) {
        Node pain = root.get("pain").named("pain");
        int limit = painScale(pain, "limit");
        int settle = painScale(pain, "settleMargin");
        int flare = painScale(pain, "flareMargin");
        if (flare < settle) {
            throw pain.problem("flareMargin must be at least settleMargin");
        }
        List<String> painSources = pain.texts("sources");
        citations.check(pain, () -> painSources);
        return new ProgressionRules(
                limit,
                settle,
                flare,
                words(pain, "handout", PAIN_WORDS),
                painSources,
                growth(root),
                rules(root),
                next(root.get("next").named("next")),
                selfCare(root.get("selfCare").named("selfCare")));
    }

    private static int painScale(Node node, String field) {
        int value = node.integer(field);
        if (value < 0 || value > 10) {
            throw node.problem("'" + field + "' must be on the 0-10 pain scale, was " + value);
        }
        return value;
    }

    private Map<LibraryExercise.Kind, Growth> growth(Node root) {
        Map<LibraryExercise.Kind, Growth> growth = new EnumMap<>(LibraryExercise.Kind.class);
        for (Growth entry : root.list("growth", this::growthEntry)) {
            if (growth.put(entry.kind(), entry) != null) {
                throw root.problem("growth for " + entry.kind() + " is given twice");
            }
        }
        for (LibraryExercise.Kind kind : LibraryExercise.Kind.values()) {
            if (!growth.containsKey(kind)) {
                throw root.problem("no growth for kind " + kind.name().toLowerCase(Locale.ROOT));
            }
        }
        return growth;
    }

    private Growth growthEntry(Node node) {
        String kind = node.text("kind");
        Node entry = node.named("growth " + kind);
        return citations.check(
                entry,
                new Growth(
                        KnowledgeLoader.enumOf(
                                entry, LibraryExercise.Kind.class, kind.toUpperCase(Locale.ROOT)),
                        step(entry, "reps", Prescription.MAX_REPS),
                        step(entry, "holdSeconds", Prescription.MAX_HOLD_SECONDS),
                        step(entry, "minutes", Prescription.MAX_MINUTES),
                        entry.texts("sources")));
    }

    private static Optional<Growth.Step> step(Node entry, String field, int limit) {
        if (!entry.has(field)) {
            return Optional.empty();
        }
        Node step = entry.get(field).named(entry.entry() + " " + field);
        int top = step.integer("top");
        if (top > limit) {
            throw step.problem("top " + top + " is above the most a dose allows, " + limit);
        }
        try {
            return Optional.of(new Growth.Step(step.integer("step"), top, step.integer("floor")));
        } catch (IllegalArgumentException e) {
            throw step.problem(e.getMessage());
        }
    }

    private List<ProgressionRule> rules(Node root) {
        List<ProgressionRule> rules = root.list("rules", this::rule);
        List<ProgressionRule.Condition> order = rules.stream().map(ProgressionRule::when).toList();
        if (!order.equals(List.of(ProgressionRule.Condition.values()))) {
            List<String> expected = new ArrayList<>();
            for (ProgressionRule.Condition condition : ProgressionRule.Condition.values()) {
                expected.add(condition.code());
            }
            throw root.problem("rules must decide exactly, in this order: " + expected);
        }
        return rules;
    }

    private ProgressionRule rule(Node node) {
        Node entry = node.named("rule " + node.text("id"));
        String when = entry.text("when");
        ProgressionRule.Condition condition =
                java.util.Arrays.stream(ProgressionRule.Condition.values())
                        .filter(candidate -> candidate.code().equals(when))
                        .findFirst()
                        .orElseThrow(() -> entry.problem("unknown condition '" + when + "'"));
        String outcome = entry.text("outcome");
        if (!outcome.equals(condition.outcome().code())) {
            throw entry.problem(
                    "'"
                            + when
                            + "' must lead to "
                            + condition.outcome().code()
                            + ", not "
                            + outcome);
        }
        return citations.check(
                entry,
                new ProgressionRule(
                        entry.text("id"),
                        condition,
                        condition.outcome(),
                        words(entry, "reason", PAIN_WORDS),
                        entry.texts("sources")));
    }

    private static NextWords next(Node next) {
        return new NextWords(
                words(next, "more", NEXT_WORDS),
                words(next, "harder", NEXT_WORDS),
                words(next, "top", NEXT_WORDS),
                words(next, "same", NEXT_WORDS),
                words(next, "fewer", NEXT_WORDS),
                words(next, "easier", NEXT_WORDS),
                words(next, "lowest", NEXT_WORDS));
    }

    private SelfCareSettings selfCare(Node node) {
        List<String> exercises = node.texts("exercises");
        if (exercises.isEmpty()) {
            throw node.problem("'exercises' names no exercise");
        }
        for (String id : exercises) {
            LibraryExercise exercise =
                    library.exercise(id)
                            .orElseThrow(() -> node.problem("unknown exercise '" + id + "'"));
            if (exercise.kind() != LibraryExercise.Kind.STRENGTH
                    && exercise.kind() != LibraryExercise.Kind.STABILITY) {
                throw node.problem("'" + id + "' is not a strengthening or stability exercise");
            }
        }
        int entries = node.positiveInteger("entries");
        int hours = node.integer("minHours");
        if (hours < 0) {
            throw node.problem("'minHours' cannot be negative");
        }
        return citations.check(
                node,
                new SelfCareSettings(
                        painScale(node, "maxPain"),
                        entries,
                        hours,
                        exercises,
                        words(node, "ready", SELF_CARE_WORDS),
                        words(node, "tooSoon", SELF_CARE_WORDS),
                        words(node, "tooFewEntries", SELF_CARE_WORDS),
                        words(node, "painTooHigh", SELF_CARE_WORDS),
                        words(node, "escalated", SELF_CARE_WORDS),
                        node.texts("sources")));
    }

    private static String words(Node node, String field, Set<String> known) {
        String text = node.text(field);
        Placeholders.unknown(text, known)
                .ifPresent(
                        name -> {
                            throw node.problem(
                                    "'"
                                            + field
                                            + "' uses {"
                                            + name
                                            + "}; known here: "
                                            + new java.util.TreeSet<>(known));
                        });
        return text;
    }
}
