package dev.unknot.intake.text;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether someone writes for another person ("my son has a knot in his back", "asking for my wife",
 * "my husband is 58, knot by his spine"): then that person is the one with the knot, and the cue
 * that names them ("my son") does not make what follows someone else's.
 */
final class Proxy {
    private static final Set<String> SUBJECT_WORDS =
            Set.of(
                    "back",
                    "pain",
                    "knot",
                    "knots",
                    "ache",
                    "aches",
                    "aching",
                    "hurts",
                    "hurting",
                    "lbp",
                    "spasm",
                    "spasms",
                    "backache",
                    "backs");
    private static final Set<String> FIRST_PERSON = Set.of("i", "im", "ive", "my");
    private static final Set<String> THIRD_PERSON = Set.of("his", "her", "their", "he", "she");
    private static final Set<String> PRONOUNS =
            Set.of("he", "she", "hes", "shes", "his", "her", "him", "hers");
    private static final Set<String> ASKING_FOR =
            Set.of(
                    "for",
                    "asking",
                    "behalf",
                    "about",
                    "messaging",
                    "writing",
                    "posting",
                    "after",
                    "care");

    private Proxy() {}

    /**
     * The cue naming the person written for: said outright ("asking for my wife"), or the first
     * mention of the back is theirs and the writer never speaks of a back or knot of their own.
     */
    static Optional<Item> writingFor(List<List<Item>> clauses) {
        Optional<Found> person = firstMention(clauses);
        if (person.isEmpty() || person.get().asked()) {
            return person.map(Found::cue);
        }
        return writerHasOwn(clauses) ? Optional.empty() : Optional.of(person.get().cue());
    }

    private record Found(Item cue, boolean asked) {}

    /** "my back", "my knot", "I've got a knot": the writer speaks of their own. */
    private static boolean writerHasOwn(List<List<Item>> clauses) {
        for (List<Item> clause : clauses) {
            for (int at = 0; at < clause.size(); at++) {
                if (!isTheBack(clause.get(at)) && !clause.get(at).words.equals("back")) {
                    continue;
                }
                for (int k = Math.max(0, at - 3); k < at; k++) {
                    String word = clause.get(k).words;
                    if (word.equals("my") || word.equals("ive") || word.equals("i")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Optional<Found> firstMention(List<List<Item>> clauses) {
        Item person = null;
        for (List<Item> clause : clauses) {
            String before = "";
            String twoBefore = "";
            for (int at = 0; at < clause.size(); at++) {
                Item item = clause.get(at);
                if (item.isCue(CueKind.OTHER_PERSON)) {
                    if (ASKING_FOR.contains(before) || ASKING_FOR.contains(twoBefore)) {
                        return Optional.of(new Found(item, true));
                    }
                    // "my son ...", "Hubby (49) ...": not "her friend's husband"
                    boolean startsSentence =
                            at == 0 || clause.get(at - 1).sentence != item.sentence;
                    if (item.words.startsWith("my ") || startsSentence) {
                        person = item;
                    }
                } else if (isTheBack(item)) {
                    if (FIRST_PERSON.contains(before)
                            || FIRST_PERSON.contains(twoBefore)
                            || firstPersonSoonAfter(clause, at)) {
                        // "my back", "a knot above my hip": the writer's own
                        return Optional.empty();
                    }
                    if (person != null
                            && (THIRD_PERSON.contains(before)
                                    || THIRD_PERSON.contains(twoBefore)
                                    || clause.contains(person))) {
                        return Optional.of(new Found(person, false));
                    }
                    if (clause.stream().anyMatch(word -> FIRST_PERSON.contains(word.words))) {
                        return Optional.empty();
                    }
                    if (person != null
                            && clause.stream().anyMatch(word -> PRONOUNS.contains(word.words))) {
                        // "My daughter is 13. She's had a sore knot for 10 days."
                        return Optional.of(new Found(person, false));
                    }
                }
                twoBefore = before;
                before = item.words;
            }
        }
        return Optional.empty();
    }

    private static boolean firstPersonSoonAfter(List<Item> clause, int at) {
        for (int k = at + 1; k < clause.size() && k <= at + 4; k++) {
            if (FIRST_PERSON.contains(clause.get(k).words) || clause.get(k).words.equals("me")) {
                return true;
            }
        }
        return false;
    }

    /** The cue speaks of the person written for ("my son"), not of a third person. */
    static boolean meansThePerson(Item writingFor, Item cue) {
        return relation(cue).equals(relation(writingFor));
    }

    private static String relation(Item cue) {
        String words = cue.words.startsWith("my ") ? cue.words.substring(3) : cue.words;
        return words.endsWith("s") ? words.substring(0, words.length() - 1) : words;
    }

    private static boolean isTheBack(Item item) {
        return SUBJECT_WORDS.contains(item.words) || item.has(Meaning.Feels.class);
    }
}
