package dev.unknot.intake.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unknot.intake.Cause;
import dev.unknot.intake.Coded;
import dev.unknot.intake.Feel;
import dev.unknot.intake.Question;
import dev.unknot.intake.Side;
import dev.unknot.intake.Tool;
import dev.unknot.knowledge.KnowledgeException;
import dev.unknot.knowledge.KnowledgeTree;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The words of {@code knowledge/freetext.yaml}, indexed for finding the longest phrase at each word
 * of a description. Checked on load: an unknown question, value or section fails with the file,
 * entry and problem named.
 */
final class Lexicon {
    static final String FILE = "freetext.yaml";

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

    /** The same, split again by the second word: "my" starts over a hundred phrases. */
    private final Map<String, TwoWords> byTwoWords = new HashMap<>();

    /** The phrases of one first word: by their second word, and the rest (one word, patterns). */
    private record TwoWords(Map<String, List<Entry>> bySecond, List<Entry> rest) {
        static TwoWords of(List<Entry> entries) {
            Map<String, List<Entry>> bySecond = new HashMap<>();
            List<Entry> rest = new ArrayList<>();
            for (Entry entry : entries) {
                List<String> parts = entry.phrase().parts();
                String second = parts.size() > 1 ? parts.get(1) : "";
                boolean plain =
                        !second.isEmpty()
                                && !second.startsWith("#")
                                && !second.endsWith("*")
                                && !second.contains("|");
                if (plain) {
                    bySecond.computeIfAbsent(second, k -> new ArrayList<>()).add(entry);
                } else {
                    rest.add(entry);
                }
            }
            return new TwoWords(bySecond, rest);
        }
    }

    /** Phrases starting with a pattern word ("numb*"), by the pattern's first letter. */
    private final Map<Character, List<Entry>> patternsByStart = new HashMap<>();

    /** Phrases starting with a number ("#fever c"): tried only at numbers. */
    private final List<Entry> numberPatterns = new ArrayList<>();

    private static final Set<String> BOTH_LEGS = Set.of("legs", "knees", "feet");

    private final Set<String> linkingWords;
    private final Set<String> listWords;
    private final Set<String> predicates;
    private final Typos typos;
    private final Replies replies;

    /**
     * The short replies to one question ({@code replies}): yes, no, not sure, and the words that
     * may stand around a number.
     */
    record Replies(
            Set<String> yes, Set<String> no, Set<String> notSure, Set<String> aroundNumbers) {}

    /** One phrase and what it means. */
    record Entry(Phrase phrase, Meaning meaning) {}

    /** The phrase found at a word: its length in words and every meaning it has. */
    record Found(int length, List<Meaning> meanings) {}

    private Lexicon(JsonNode root) {
        JsonNode cues = section(root, "cues");
        for (CueKind kind : CueKind.values()) {
            List<String> phrases = words(cues, kind.key());
            phrases.forEach(text -> add(text, new Meaning.Cue(kind)));
            if (kind == CueKind.OTHER_PERSON) {
                // "my aunt's" is read as "my aunts": the possessive names the same person
                phrases.stream()
                        .filter(text -> !text.endsWith("s") && !phrases.contains(text + "s"))
                        .forEach(text -> add(text + "s", new Meaning.Cue(kind)));
            }
        }
        words(cues, "neutral").forEach(text -> add(text, new Meaning.Neutral()));
        linkingWords = Set.copyOf(words(cues, "linking-words"));
        listWords = Set.copyOf(words(cues, "list-words"));
        predicates = Set.copyOf(words(cues, "predicates"));

        for (JsonNode finding : section(root, "findings")) {
            String name = finding.path("question").asText("");
            Question question =
                    Question.byField(name)
                            .filter(q -> q.type() instanceof dev.unknot.intake.AnswerType.YesNo)
                            .orElseThrow(
                                    () ->
                                            problem(
                                                    "findings, "
                                                            + (name.isEmpty() ? "an entry" : name),
                                                    "question must be a yes/no question of intake.md"));
            boolean ever = finding.path("ever").asBoolean(false);
            for (Meaning.Sense sense : Meaning.Sense.values()) {
                String key = senseKey(sense);
                if (sense == Meaning.Sense.YES || finding.has(key)) {
                    words(finding, key)
                            .forEach(text -> add(text, new Meaning.Symptom(question, sense, ever)));
                }
            }
        }
        words(root, "sensory").forEach(text -> add(text, new Meaning.Sensory()));
        words(root, "weakness").forEach(text -> add(text, new Meaning.Weakness(false, false)));
        words(root, "weakness-leg")
                .forEach(
                        text ->
                                add(
                                        text,
                                        new Meaning.Weakness(
                                                true,
                                                Phrase.of(text).parts().stream()
                                                        .anyMatch(BOTH_LEGS::contains))));
        words(root, "progressive").forEach(text -> add(text, new Meaning.Progressive()));
        words(root, "spread-verbs").forEach(text -> add(text, new Meaning.Spreads()));
        words(root, "spread-none").forEach(text -> add(text, new Meaning.StaysPut()));
        grouped(root, "places", key -> Place.byKey(key), Meaning.At::new);
        grouped(root, "feel", key -> Coded.fromCode(Feel.class, key), Meaning.Feels::new);
        JsonNode grows = section(root, "lump-growing");
        words(grows, "yes").forEach(text -> add(text, new Meaning.Grows(Meaning.Sense.YES)));
        words(grows, "means-no")
                .forEach(text -> add(text, new Meaning.Grows(Meaning.Sense.MEANS_NO)));
        grouped(root, "causes", key -> Coded.fromCode(Cause.class, key), Meaning.SetOffBy::new);
        grouped(root, "tools", key -> Coded.fromCode(Tool.class, key), Meaning.Has::new);
        grouped(root, "sides", key -> Coded.fromCode(Side.class, key), Meaning.OnSide::new);
        words(root, "home-care").forEach(text -> add(text, new Meaning.Care()));
        typos = new Typos(findingWords(), Set.copyOf(words(root, "not-typos")));
        JsonNode shortReplies = section(root, "replies");
        replies =
                new Replies(
                        Set.copyOf(words(shortReplies, "yes")),
                        Set.copyOf(words(shortReplies, "no")),
                        Set.copyOf(words(shortReplies, "not-sure")),
                        Set.copyOf(words(shortReplies, "around-numbers")));
        java.util.Comparator<Entry> longestFirst =
                java.util.Comparator.comparingInt((Entry entry) -> -entry.phrase().length());
        byFirstWord.values().forEach(entries -> entries.sort(longestFirst));
        byFirstWord.forEach((word, entries) -> byTwoWords.put(word, TwoWords.of(entries)));
        patternsByStart.values().forEach(entries -> entries.sort(longestFirst));
        numberPatterns.sort(longestFirst);
    }

    private static String senseKey(Meaning.Sense sense) {
        return switch (sense) {
            case YES -> "yes";
            case MEANS_NO -> "means-no";
            case YES_WHEN_DENIED -> "yes-when-denied";
            case TOUCHES -> "touches";
            case EXPLAINED -> "explained-by";
            case YES_WITH_CARE -> "yes-with-care";
            case NO_WHEN_DENIED -> "no-when-denied";
        };
    }

    static Lexicon fromClasspath() {
        return load(KnowledgeTree::open);
    }

    static Lexicon load(Function<String, InputStream> open) {
        try (InputStream in = open.apply(FILE)) {
            if (in == null) {
                throw problem("", "file not found");
            }
            JsonNode root = KnowledgeTree.read(in);
            if (root == null || !root.isObject()) {
                throw problem("", "expected a mapping at the top");
            }
            return new Lexicon(root);
        } catch (IOException e) {
            throw new KnowledgeException(
                    FILE,
                    "",
                    "not valid YAML: " + e.getMessage().lines().findFirst().orElse(""),
                    e);
        }
    }

    /**
     * The longest phrase starting at {@code from}, with all its meanings; empty when none starts
     * there.
     */
    Optional<Found> longestAt(List<Token> tokens, int from) {
        Token token = tokens.get(from);
        if (token.punctuation()) {
            return Optional.empty();
        }
        String word = token.word();
        TwoWords twoWords = byTwoWords.get(word);
        List<Entry> exact = twoWords == null ? List.of() : twoWords.rest();
        List<Entry> exactTwo =
                twoWords == null || from + 1 >= tokens.size()
                        ? List.of()
                        : twoWords.bySecond().getOrDefault(tokens.get(from + 1).word(), List.of());
        List<Entry> patterns =
                word.isEmpty()
                        ? List.of()
                        : patternsByStart.getOrDefault(word.charAt(0), List.of());
        List<Entry> numbers = Double.isNaN(token.number()) ? List.<Entry>of() : numberPatterns;
        int best = 0;
        List<Meaning> meanings = new ArrayList<>(2);
        for (List<Entry> candidates : List.of(exactTwo, exact, patterns, numbers)) {
            for (Entry entry : candidates) {
                int length = entry.phrase().length();
                if (length < best) {
                    break; // each list is sorted longest first
                }
                if (!entry.phrase().matchesAt(tokens, from)) {
                    continue;
                }
                if (length > best) {
                    best = length;
                    meanings.clear();
                }
                if (!meanings.contains(entry.meaning())) {
                    meanings.add(entry.meaning());
                }
            }
        }
        if (best == 0) {
            return Optional.empty();
        }
        // a phrase listed as neutral is neither cue nor finding, whatever else it looks like
        // ("number" is not "numb*")
        return Optional.of(
                new Found(
                        best,
                        meanings.stream().anyMatch(Meaning.Neutral.class::isInstance)
                                ? List.of(new Meaning.Neutral())
                                : List.copyOf(meanings)));
    }

    /** The first words of the phrases that name a finding: the words a typo is read as. */
    private Set<String> findingWords() {
        Set<String> words = new HashSet<>();
        byFirstWord.forEach(
                (word, entries) -> {
                    if (entries.stream()
                            .anyMatch(entry -> entry.meaning() instanceof Meaning.Finding)) {
                        words.add(word);
                    }
                });
        return words;
    }

    /** The short replies to one question at a time. */
    Replies replies() {
        return replies;
    }

    /** After a comma, a finding followed by this word starts a new statement ("legs tingling"). */
    boolean isPredicate(String word) {
        return predicates.contains(word);
    }

    /** The lexicon's word that {@code word} is a slip of the keyboard for, if any ("feaver"). */
    Optional<String> corrected(String word) {
        if (byFirstWord.containsKey(word)) {
            return Optional.empty();
        }
        return typos.correct(word);
    }

    /** May stand between a finding and a cue after it ("bladder and bowels are fine"). */
    boolean isLinkingWord(String word) {
        return linkingWords.contains(word);
    }

    /** May stand between the items of a denied list ("no fever, chills or weight loss"). */
    boolean isListWord(String word) {
        return listWords.contains(word);
    }

    private void add(String text, Meaning meaning) {
        Phrase phrase;
        try {
            phrase = Phrase.of(text);
        } catch (IllegalArgumentException e) {
            throw problem("\"" + text + "\"", e.getMessage());
        }
        for (Phrase each : phrase.byFirstWord()) {
            Entry entry = new Entry(each, meaning);
            String key = each.key();
            String first = each.parts().get(0);
            if (first.startsWith("#")) {
                numberPatterns.add(entry);
            } else if (key.isEmpty()) {
                String stem = first.substring(0, first.length() - 1);
                if (stem.length() < 2) {
                    throw problem("\"" + text + "\"", "a pattern needs at least two letters");
                }
                patternsByStart.computeIfAbsent(stem.charAt(0), k -> new ArrayList<>()).add(entry);
            } else {
                byFirstWord.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            }
        }
    }

    private <T> void grouped(
            JsonNode root,
            String name,
            Function<String, Optional<T>> keyToValue,
            Function<T, Meaning> meaning) {
        JsonNode group = section(root, name);
        Iterator<Map.Entry<String, JsonNode>> fields = group.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            T value =
                    keyToValue
                            .apply(field.getKey())
                            .orElseThrow(
                                    () -> problem(name + ", " + field.getKey(), "unknown value"));
            words(group, field.getKey()).forEach(text -> add(text, meaning.apply(value)));
        }
    }

    private static JsonNode section(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            throw problem(name, "missing");
        }
        return node;
    }

    private static List<String> words(JsonNode parent, String name) {
        JsonNode list = section(parent, name);
        if (!list.isArray() || list.isEmpty()) {
            throw problem(name, "expected a non-empty list of words");
        }
        List<String> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode item : list) {
            String text = item.asText("").trim();
            if (!item.isTextual() || text.isEmpty()) {
                // YAML reads a bare no, yes, on or off as true/false: such words must be quoted.
                throw problem(
                        name + (item.isValueNode() ? ", " + item.asText() : ""),
                        "every item must be a word or phrase (quote \"no\", \"yes\", \"on\" and \"off\")");
            }
            if (!text.equals(text.toLowerCase(java.util.Locale.ROOT)) || text.contains("'")) {
                throw problem(
                        name + ", \"" + text + "\"", "write words lower-case without apostrophes");
            }
            if (!seen.add(text)) {
                throw problem(name + ", \"" + text + "\"", "listed twice");
            }
            words.add(text);
        }
        return words;
    }

    private static KnowledgeException problem(String entry, String problem) {
        return new KnowledgeException(FILE, entry, problem);
    }
}
