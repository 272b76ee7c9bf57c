package dev.unknot.intake.text;

import dev.unknot.intake.InvalidIntakeException;
import dev.unknot.intake.LegNumbness;
import dev.unknot.intake.LegWeakness;
import dev.unknot.intake.Question;
import dev.unknot.intake.Spread;
import dev.unknot.intake.TextReading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a description in plain English ({@code intake.md}, free-text form) into an intake. Denied
 * findings become "no", findings said with doubt or about someone else settle nothing, and every
 * answer keeps the words that settled it. What the text does not settle stays unanswered, so a
 * short text never yields a self-care plan by itself.
 *
 * <p>Thread-safe; build one and share it.
 */
public final class FreeText {
    public static final int MAX_LENGTH = 5_000;

    private static final Set<String> JOINERS = Set.of("and", "but", "with", "plus");

    /** Words that may join the places of one group: "my left calf and foot". */
    private static final Set<String> GROUP_WORDS =
            Set.of(
                    "and", "or", "my", "the", "both", "left", "right", "of", "to", "down", "into",
                    "around", "near", "by", "at", "in", "on");

    final Lexicon lexicon;
    private final Scopes scopes;

    public FreeText() {
        this(Lexicon.fromClasspath());
    }

    FreeText(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.scopes = new Scopes(lexicon);
    }

    public TextReading read(String text) {
        if (text.isBlank()) {
            throw new InvalidIntakeException(
                    "text", "the text is empty; describe your back in a few words");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidIntakeException(
                    "text", "the text is longer than " + MAX_LENGTH + " characters");
        }
        List<Token> tokens = corrected(Tokenizer.tokens(text));
        List<List<Item>> clauses = clauses(tokens);
        Answers answers = new Answers(text);
        Optional<Item> writingFor = Proxy.writingFor(clauses);
        Scopes.Reader reader = (cue, kind) -> heeds(writingFor, cue, kind);
        for (List<Item> clause : clauses) {
            scopes.apply(clause, reader);
        }
        resolvedAfterBut(clauses);
        exceptionsOpenTheDenial(clauses);
        confirmedAfterQuestion(clauses);
        Bilateral bilateral = new Bilateral(tokens);
        Set<Integer> careTried = new HashSet<>();
        for (List<Item> clause : clauses) {
            for (Item item : clause) {
                if (item.has(Meaning.Care.class) && item.polarity == Polarity.AFFIRMED) {
                    careTried.add(item.sentence);
                }
            }
        }
        for (List<Item> clause : clauses) {
            sensations(clause, answers, bilateral);
        }
        for (List<Item> clause : clauses) {
            weakness(clause, clauses, answers, bilateral);
            spread(clause, answers);
        }
        for (List<Item> clause : clauses) {
            simpleFindings(clause, answers, careTried);
            side(clause, answers);
        }
        Numbers numbers =
                new Numbers(tokens, writingFor.isPresent(), symptomWords(tokens, clauses));
        numbers.onsetDays().ifPresent(said -> answers.number(Question.ONSET_DAYS, said));
        numbers.age().ifPresent(said -> answers.number(Question.AGE, said));
        numbers.painNow().ifPresent(said -> answers.number(Question.PAIN_NOW, said));
        return answers.reading();
    }

    /**
     * "had the flu with a fever, but that's all fine now": the past said after "but" reaches back
     * to the clause before, when nothing new is said between.
     */
    private static void resolvedAfterBut(List<List<Item>> clauses) {
        for (int c = 1; c < clauses.size(); c++) {
            List<Item> clause = clauses.get(c);
            List<Item> before = clauses.get(c - 1);
            if (!clause.get(0).isCue(CueKind.CLAUSE_BREAK)
                    || before.get(0).sentence != clause.get(0).sentence) {
                continue;
            }
            for (int i = 1; i < clause.size() && i <= 5; i++) {
                Item item = clause.get(i);
                if (item.isFinding()) {
                    break;
                }
                if (item.isCue(CueKind.HISTORICAL) || item.isCue(CueKind.UNCERTAIN)) {
                    // "but that's all fine now", "but not sure if that's just the codeine"
                    Polarity said =
                            item.isCue(CueKind.UNCERTAIN) ? Polarity.UNCERTAIN : Polarity.AFFIRMED;
                    for (Item finding : before) {
                        if (finding.isFinding() && !finding.isPlaceOnly()) {
                            finding.setBy(item, said);
                        }
                    }
                    break;
                }
            }
        }
    }

    /**
     * Whose words count. Normally the writer's own, and what is said of other people settles
     * nothing; when someone writes for another person ("my son has a knot"), what is said of that
     * person counts and what the writer says of themselves ("I had cancer") does not.
     */
    private static boolean heeds(Optional<Item> writingFor, Item cue, CueKind kind) {
        if (writingFor.isEmpty()) {
            return kind != CueKind.WRITER;
        }
        return kind != CueKind.OTHER_PERSON || !Proxy.meansThePerson(writingFor.get(), cue);
    }

    /** The positions of the words that name a symptom, for telling whose a duration is. */
    private static Set<Integer> symptomWords(List<Token> tokens, List<List<Item>> clauses) {
        Map<Integer, Integer> byStart = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            byStart.put(tokens.get(i).start(), i);
        }
        Set<Integer> positions = new HashSet<>();
        for (List<Item> clause : clauses) {
            for (Item item : clause) {
                boolean answers =
                        item.meaning(Meaning.Symptom.class)
                                .filter(
                                        symptom ->
                                                symptom.sense().compareTo(Meaning.Sense.TOUCHES)
                                                        < 0)
                                .isPresent();
                if (answers
                        || item.has(Meaning.Sensory.class)
                        || item.has(Meaning.Weakness.class)) {
                    Integer first = byStart.get(item.firstToken.start());
                    Integer last = byStart.get(item.lastToken.start());
                    if (first != null && last != null) {
                        for (int at = first; at <= last; at++) {
                            positions.add(at);
                        }
                    }
                }
            }
        }
        return positions;
    }

    /** The tokens with slips of the keyboard read as the lexicon's words ("feaver", "bladdder"). */
    private List<Token> corrected(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.punctuation()) {
                continue;
            }
            Optional<String> word = lexicon.corrected(token.word());
            if (word.isPresent()) {
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, new Token(word.get(), token.start(), token.end(), false));
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * Items in clauses: a sentence end or a clause break ("but", "however") ends every cue's reach.
     */
    private List<List<Item>> clauses(List<Token> tokens) {
        List<List<Item>> clauses = new ArrayList<>();
        List<Item> clause = new ArrayList<>();
        int sentence = 0;
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            Optional<Lexicon.Found> found = lexicon.longestAt(tokens, i);
            Item item =
                    found.isPresent()
                            ? new Item(
                                    token,
                                    tokens.get(i + found.get().length() - 1),
                                    found.get().meanings(),
                                    words(tokens, i, found.get().length()))
                            : new Item(token, token, List.of(), token.word());
            i += found.map(Lexicon.Found::length).orElse(1);
            item.sentence = sentence;
            if (token.endsSentence()) {
                sentence++;
            }
            if (token.endsSentence() || item.isCue(CueKind.CLAUSE_BREAK)) {
                if (!clause.isEmpty()) {
                    clauses.add(clause);
                }
                clause = new ArrayList<>();
                if (item.isCue(CueKind.CLAUSE_BREAK)) {
                    // kept as the clause's first item, where no cue reaches past it, so that
                    // "but that's all fine now" can look back
                    clause.add(item);
                }
            } else if (!token.is("/")) {
                clause.add(item);
            }
        }
        if (!clause.isEmpty()) {
            clauses.add(clause);
        }
        return clauses;
    }

    private static String words(List<Token> tokens, int from, int length) {
        if (length == 1) {
            return tokens.get(from).word();
        }
        StringBuilder words = new StringBuilder(tokens.get(from).word());
        for (int k = 1; k < length; k++) {
            words.append(' ').append(tokens.get(from + k).word());
        }
        return words.toString();
    }

    /**
     * How a finding settles its question: a statement of the past over and done with settles
     * nothing, unless the question asks about the whole past ("ever had cancer").
     */
    private static Polarity settled(Item item, Polarity said, boolean ever) {
        if (item.past && !ever && (said == Polarity.AFFIRMED || said == Polarity.DENIED)) {
            return Polarity.HYPOTHETICAL;
        }
        return said;
    }

    /**
     * Numbness or tingling, placed by the body parts named next to it, and only as far as the words
     * say: a leg without its level leaves the question open.
     */
    private void sensations(List<Item> clause, Answers answers, Bilateral bilateral) {
        for (int i = 0; i < clause.size(); i++) {
            Item item = clause.get(i);
            if (!item.has(Meaning.Sensory.class) || item.polarity == Polarity.SOMEONE_ELSE) {
                continue;
            }
            Polarity polarity = settled(item, item.polarity, false);
            List<Item> places = placesNear(clause, i);
            for (Item placeItem : places) {
                Place place = placeItem.meaning(Meaning.At.class).orElseThrow().place();
                String words = answers.quote(item, placeItem);
                placeItem.claimed = place.isLeg() || place.isSaddleArea() || place == Place.BUTTOCK;
                if (place.isSaddleArea()) {
                    answers.yesNo(Question.SADDLE_NUMBNESS, polarity, words);
                    if (place == Place.GENITALS && polarity != Polarity.DENIED) {
                        // new loss of feeling in the genitals is asked by R26 as well
                        answers.yesNo(Question.SEXUAL_DYSFUNCTION, polarity, words);
                    }
                } else if (place == Place.BUTTOCK) {
                    if (polarity != Polarity.DENIED) {
                        answers.open(
                                Question.SADDLE_NUMBNESS,
                                polarity,
                                words
                                        + " (the buttocks only, or the genitals or inner thighs too?)");
                    }
                } else if (place.isLeg()) {
                    Optional<LegNumbness> far =
                            place == Place.BOTH_LEGS || bilateral.in(item)
                                    ? Optional.of(LegNumbness.BOTH_LEGS)
                                    : place.legNumbness();
                    if (far.isEmpty() && polarity != Polarity.DENIED) {
                        answers.open(
                                Question.LEG_NUMBNESS,
                                polarity,
                                words + " (how far down, and one leg or both?)");
                    } else {
                        answers.graded(
                                Question.LEG_NUMBNESS,
                                polarity,
                                far.orElse(LegNumbness.NONE),
                                LegNumbness.NONE,
                                words);
                    }
                } else {
                    answers.yesNo(Question.LOCAL_NUMBNESS, polarity, words);
                }
            }
            if (!places.isEmpty() && !(polarity == Polarity.DENIED && saysAnywhere(clause, i))) {
                continue;
            }
            String words = answers.quote(item, item);
            if (polarity == Polarity.DENIED && refersToLegs(clause, i)) {
                // "my legs feel normal, no numbness in them": the legs only
                answers.graded(
                        Question.LEG_NUMBNESS, polarity, LegNumbness.NONE, LegNumbness.NONE, words);
            } else if (polarity == Polarity.DENIED) {
                answers.graded(
                        Question.LEG_NUMBNESS, polarity, LegNumbness.NONE, LegNumbness.NONE, words);
                answers.yesNo(Question.LOCAL_NUMBNESS, polarity, words);
            } else if (bilateral.in(item) && polarity == Polarity.AFFIRMED) {
                answers.graded(
                        Question.LEG_NUMBNESS,
                        polarity,
                        LegNumbness.BOTH_LEGS,
                        LegNumbness.NONE,
                        words);
            } else if (polarity != Polarity.SOMEONE_ELSE) {
                answers.open(Question.LEG_NUMBNESS, polarity, words + " (where is it felt?)");
                answers.open(Question.LOCAL_NUMBNESS, polarity, words + " (where is it felt?)");
            }
        }
    }

    private static LegWeakness legsReferredTo(
            List<Item> clause, int at, List<List<Item>> all, int sentence) {
        boolean pronoun = false;
        for (int k = Math.max(0, at - 3); k < at; k++) {
            pronoun |= PRONOUNS_FOR_LEGS.contains(clause.get(k).words);
        }
        if (!pronoun) {
            return null;
        }
        LegWeakness level = null;
        for (List<Item> each : all) {
            for (Item item : each) {
                if (item == clause.get(at)) {
                    return level;
                }
                Optional<Place> place = item.meaning(Meaning.At.class).map(Meaning.At::place);
                if (item.sentence == sentence && place.filter(Place::isLeg).isPresent()) {
                    level =
                            place.get() == Place.BOTH_LEGS
                                    ? LegWeakness.BOTH_LEGS
                                    : LegWeakness.ONE_LEG;
                }
            }
        }
        return level;
    }

    private static final Set<String> PRONOUNS_FOR_LEGS =
            Set.of("they", "it", "theyve", "theyre", "both");

    private static boolean bothLegsUnclaimed(List<List<Item>> all, int sentence) {
        for (List<Item> clause : all) {
            for (Item item : clause) {
                if (item.sentence == sentence
                        && !item.claimed
                        && item.polarity == Polarity.AFFIRMED
                        && item.meaning(Meaning.At.class)
                                .filter(at -> at.place() == Place.BOTH_LEGS)
                                .isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "first ..., then ..., now ...": a problem moving on. */
    private static boolean inSequence(List<List<Item>> all, int sentence) {
        boolean first = false;
        boolean then = false;
        for (List<Item> clause : all) {
            for (Item item : clause) {
                if (item.sentence == sentence) {
                    first |= item.words.equals("first") || item.words.equals("started");
                    then |= item.words.equals("then") || item.words.equals("now");
                }
            }
        }
        return first && then;
    }

    private static final Set<String> EXCEPTIONS =
            Set.of(
                    "except",
                    "except for",
                    "apart from",
                    "other than",
                    "besides",
                    "aside from",
                    "bar",
                    "save for");

    /**
     * "Not numb anywhere except a bit in my left foot": the denial has an exception, so it settles
     * nothing; the question is asked.
     */
    private static void exceptionsOpenTheDenial(List<List<Item>> clauses) {
        for (int c = 1; c < clauses.size(); c++) {
            List<Item> clause = clauses.get(c);
            if (!EXCEPTIONS.contains(clause.get(0).words)
                    || clause.stream()
                            .skip(1)
                            .anyMatch(item -> item.isFinding() && !item.isPlaceOnly())) {
                continue;
            }
            for (Item item : clauses.get(c - 1)) {
                if (item.polarity == Polarity.DENIED && !item.isPlaceOnly()) {
                    item.polarity = Polarity.HYPOTHETICAL;
                }
            }
        }
    }

    /**
     * "Should I worry if my inner thighs are numb? Because they are.": a short sentence that says
     * yes to the question before turns its hypotheticals into statements.
     */
    private static void confirmedAfterQuestion(List<List<Item>> clauses) {
        for (int c = 1; c < clauses.size(); c++) {
            List<Item> clause = clauses.get(c);
            int sentence = clause.get(0).sentence;
            if (clauses.get(c - 1).get(0).sentence == sentence || !confirms(clause)) {
                continue;
            }
            for (List<Item> before : clauses) {
                for (Item item : before) {
                    if (item.sentence == sentence - 1 && item.polarity == Polarity.HYPOTHETICAL) {
                        item.polarity = Polarity.AFFIRMED;
                    }
                }
            }
        }
    }

    private static final Set<String> CONFIRM_OPENERS =
            Set.of("because", "which", "cause", "coz", "and");
    private static final Set<String> CONFIRM_SUBJECTS = Set.of("they", "it", "i", "he", "she");
    private static final Set<String> CONFIRM_VERBS =
            Set.of("are", "is", "am", "do", "does", "have", "has", "did", "can", "cant");

    private static boolean confirms(List<Item> clause) {
        if (clause.size() < 3 || clause.size() > 8) {
            return false;
        }
        return CONFIRM_OPENERS.contains(clause.get(0).words)
                && CONFIRM_SUBJECTS.contains(clause.get(1).words)
                && CONFIRM_VERBS.contains(clause.get(2).words)
                && clause.stream().noneMatch(Item::isFinding);
    }

    /** Weakness of a leg: one leg, both, or getting worse by the day; no limb named, open. */
    private void weakness(
            List<Item> clause, List<List<Item>> all, Answers answers, Bilateral bilateral) {
        // getting worse by the day anywhere in the sentence: "my leg is weaker, and now I trip"
        int sentence = clause.get(0).sentence;
        boolean worsening =
                all.stream()
                        .flatMap(List::stream)
                        .filter(item -> item.sentence == sentence)
                        .anyMatch(
                                item ->
                                        item.has(Meaning.Progressive.class)
                                                && item.polarity == Polarity.AFFIRMED
                                                && !item.past);
        for (int i = 0; i < clause.size(); i++) {
            Item item = clause.get(i);
            Optional<Meaning.Weakness> weakness = item.meaning(Meaning.Weakness.class);
            if (weakness.isEmpty() || item.polarity == Polarity.SOMEONE_ELSE) {
                continue;
            }
            Polarity polarity = settled(item, item.polarity, false);
            boolean progressive = worsening;
            LegWeakness level = null;
            String words = answers.quote(item, item);
            if (weakness.get().leg()) {
                level = weakness.get().bothLegs() ? LegWeakness.BOTH_LEGS : LegWeakness.ONE_LEG;
            }
            for (Item placeItem : legPlacesNear(clause, i)) {
                Place place = placeItem.meaning(Meaning.At.class).orElseThrow().place();
                if (place.isLeg()) {
                    placeItem.claimed = true;
                    words = answers.quote(item, placeItem);
                    LegWeakness here =
                            place == Place.BOTH_LEGS ? LegWeakness.BOTH_LEGS : LegWeakness.ONE_LEG;
                    level = level == null || here.compareTo(level) > 0 ? here : level;
                }
            }
            if (level == null && polarity != Polarity.DENIED) {
                // "both my legs feel numb ... twice this week they gave way"
                level = legsReferredTo(clause, i, all, sentence);
            }
            if (level != null && (bilateral.bySides(item) || bothLegsUnclaimed(all, sentence))) {
                // "my right leg feels weak, no wait, it's both legs actually"
                level = LegWeakness.BOTH_LEGS;
            }
            if (level != null && inSequence(all, sentence)) {
                // "first my toes went weak, then the ankle, now the whole foot": spreading
                progressive = true;
            }
            if (polarity == Polarity.DENIED) {
                answers.graded(
                        Question.LEG_WEAKNESS, polarity, LegWeakness.NONE, LegWeakness.NONE, words);
            } else if (level == null) {
                answers.open(Question.LEG_WEAKNESS, polarity, words + " (in a leg? one or both?)");
            } else {
                answers.graded(
                        Question.LEG_WEAKNESS,
                        polarity,
                        progressive ? LegWeakness.PROGRESSIVE : level,
                        LegWeakness.NONE,
                        words);
            }
        }
    }

    private void spread(List<Item> clause, Answers answers) {
        for (int i = 0; i < clause.size(); i++) {
            Item item = clause.get(i);
            if (item.polarity == Polarity.SOMEONE_ELSE) {
                continue;
            }
            if (item.has(Meaning.StaysPut.class)) {
                // "It stays put" denies any spread; "it does not stay put" says it spreads, but not
                // where.
                Polarity spreads =
                        item.polarity == Polarity.AFFIRMED ? Polarity.DENIED : Polarity.UNCERTAIN;
                answers.graded(
                        Question.SPREAD,
                        spreads,
                        Spread.NONE,
                        Spread.NONE,
                        answers.quote(item, item));
                continue;
            }
            if (!item.has(Meaning.Spreads.class) || followsASensation(clause, i)) {
                continue;
            }
            if (item.polarity == Polarity.DENIED) {
                answers.graded(
                        Question.SPREAD,
                        Polarity.DENIED,
                        Spread.NONE,
                        Spread.NONE,
                        answers.quote(item, item));
                continue;
            }
            for (Item placeItem : placesAfter(clause, i, 8)) {
                Optional<Spread> far =
                        placeItem.meaning(Meaning.At.class).orElseThrow().place().spread();
                if (far.isPresent()) {
                    placeItem.claimed = true;
                    answers.graded(
                            Question.SPREAD,
                            item.polarity,
                            far.get(),
                            Spread.NONE,
                            answers.quote(item, placeItem));
                }
            }
        }
    }

    private void simpleFindings(List<Item> clause, Answers answers, Set<Integer> careTried) {
        for (Item item : clause) {
            Polarity polarity = item.polarity;
            if (polarity == Polarity.SOMEONE_ELSE) {
                continue;
            }
            String words = answers.quote(item, item);
            for (Meaning meaning : item.meanings) {
                if (meaning instanceof Meaning.Symptom symptom) {
                    Polarity said = settled(item, symptom.sense().answer(polarity), symptom.ever());
                    if (symptom.sense() == Meaning.Sense.YES_WITH_CARE
                            && careTried.contains(item.sentence)) {
                        said = settled(item, polarity, symptom.ever());
                    }
                    if (symptom.sense() == Meaning.Sense.EXPLAINED) {
                        answers.explained(symptom.question(), words);
                    } else {
                        answers.yesNo(symptom.question(), said, words);
                    }
                }
            }
            item.meaning(Meaning.Grows.class)
                    .ifPresent(
                            grows ->
                                    answers.yesNo(
                                            Question.LUMP_GROWING,
                                            grows.sense().answer(polarity),
                                            words));
            if (polarity != Polarity.AFFIRMED || item.past) {
                continue;
            }
            item.meaning(Meaning.At.class)
                    .filter(at -> !item.claimed)
                    .flatMap(at -> at.place().region())
                    .ifPresent(region -> answers.add(Question.REGIONS, region, words));
            item.meaning(Meaning.Feels.class)
                    .ifPresent(feels -> answers.add(Question.FEEL, feels.feel(), words));
            item.meaning(Meaning.SetOffBy.class)
                    .ifPresent(cause -> answers.add(Question.CAUSES, cause.cause(), words));
            item.meaning(Meaning.Has.class)
                    .ifPresent(has -> answers.add(Question.TOOLS, has.tool(), words));
        }
    }

    /** Left or right counts for the knot unless it belongs to a leg ("numb left foot"). */
    private void side(List<Item> clause, Answers answers) {
        for (int i = 0; i < clause.size(); i++) {
            Item item = clause.get(i);
            Optional<Meaning.OnSide> side = item.meaning(Meaning.OnSide.class);
            if (side.isEmpty() || comparedWith(clause, i) || isInterjection(clause, i)) {
                continue;
            }
            boolean ofALeg =
                    placesAfter(clause, i, 3, true).stream()
                            .findFirst()
                            .map(
                                    place ->
                                            place.claimed
                                                    || place.meaning(Meaning.At.class)
                                                            .orElseThrow()
                                                            .place()
                                                            .isLeg())
                            .orElse(false);
            if (!ofALeg) {
                answers.side(side.get().side(), answers.quote(item, item));
            }
        }
    }

    private static boolean isLegOrSaddle(Item item) {
        Place place = item.meaning(Meaning.At.class).orElseThrow().place();
        return place.isLeg() || place.isSaddleArea();
    }

    /** "both legs have gone tingly from the hips down": the legs before, not the hips after. */
    private static boolean legOrSaddleBefore(List<Item> clause, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 5; k--) {
            Item item = clause.get(k);
            if (item.isPunctuation()) {
                return false;
            }
            if (item.has(Meaning.At.class) && isLegOrSaddle(item)) {
                return true;
            }
        }
        return false;
    }

    /** The legs named right after a finding, or else right before it. */
    private static List<Item> legPlacesNear(List<Item> clause, int at) {
        List<Item> after = legs(placesAfter(clause, at, 6, false));
        return after.isEmpty() ? legs(placesNear(clause, at)) : after;
    }

    private static List<Item> legs(List<Item> places) {
        return places.stream()
                .filter(item -> item.meaning(Meaning.At.class).orElseThrow().place().isLeg())
                .toList();
    }

    private static final Set<String> BACK_REFERENCES = Set.of("them", "mine", "they", "theirs");

    /** "Mine aren't numb", "no numbness in them", said of legs named just before. */
    private static boolean refersToLegs(List<Item> clause, int at) {
        boolean pronoun = false;
        boolean legs = false;
        for (int k = 0; k < clause.size(); k++) {
            Item item = clause.get(k);
            pronoun |= BACK_REFERENCES.contains(item.words);
            legs |=
                    k < at
                            && item.meaning(Meaning.At.class)
                                    .filter(a -> a.place().isLeg())
                                    .isPresent();
        }
        return pronoun || legs;
    }

    /** "no numbness in my groin or anywhere else": the denial covers every place. */
    private static boolean saysAnywhere(List<Item> clause, int at) {
        for (int k = at + 1; k < clause.size() && k <= at + 10; k++) {
            String word = clause.get(k).words;
            if (word.equals("anywhere") || word.equals("everywhere") || word.equals("elsewhere")) {
                return true;
            }
        }
        return false;
    }

    /** "numb all the way down to my foot" says how far the numbness goes, not the pain. */
    private static boolean followsASensation(List<Item> clause, int at) {
        for (int k = at - 1; k >= 0; k--) {
            Item item = clause.get(k);
            if (item.has(Meaning.Sensory.class) || item.has(Meaning.Weakness.class)) {
                return true;
            }
            if (item.isFinding() && !item.isPlaceOnly() || item.words.equals("pain")) {
                return false;
            }
        }
        return false;
    }

    /** "Right, settle in": a word to start with, not a side. */
    private static boolean isInterjection(List<Item> clause, int at) {
        boolean startsSentence = at == 0 || clause.get(at - 1).sentence != clause.get(at).sentence;
        return startsSentence && at + 1 < clause.size() && clause.get(at + 1).firstToken.isComma();
    }

    /** "weaker than the left": a side named only to compare with. */
    private static boolean comparedWith(List<Item> clause, int at) {
        for (int k = at - 1; k >= 0 && k >= at - 2; k--) {
            if (clause.get(k).words.equals("than")) {
                return true;
            }
        }
        return false;
    }

    /** The places named right after a finding, or else right before it. */
    private static List<Item> placesNear(List<Item> clause, int at) {
        List<Item> after = placesAfter(clause, at, 8, true);
        if (!after.isEmpty()
                && (after.stream().anyMatch(FreeText::isLegOrSaddle)
                        || !legOrSaddleBefore(clause, at))) {
            return after;
        }
        List<Item> before = new ArrayList<>();
        int words = 0;
        for (int i = at - 1; i >= 0 && words <= 4; i--) {
            Item item = clause.get(i);
            if (item.isPunctuation()
                    || (item.isFinding() && !item.has(Meaning.At.class))
                    || !before.isEmpty() && JOINERS.contains(item.words)) {
                break;
            }
            if (item.has(Meaning.At.class)) {
                before.add(item);
            }
            words++;
        }
        return before;
    }

    private static List<Item> placesAfter(List<Item> clause, int at, int reach) {
        return placesAfter(clause, at, reach, false);
    }

    /**
     * The places named after a finding; with {@code stopAtJoiner}, only the first group of them
     * ("numb in my calf and a knot above my hip": the calf).
     */
    private static List<Item> placesAfter(
            List<Item> clause, int at, int reach, boolean stopAtJoiner) {
        List<Item> places = new ArrayList<>();
        int words = 0;
        for (int i = at + 1; i < clause.size() && words <= reach; i++) {
            Item item = clause.get(i);
            // "numbness or tingling in my legs", "numbness or weakness in my legs": one place for
            // the whole list
            boolean passable =
                    item.has(Meaning.At.class)
                            || item.has(Meaning.Feels.class)
                            || item.has(Meaning.Spreads.class)
                            || item.has(Meaning.Sensory.class)
                            || item.has(Meaning.Weakness.class);
            if (item.isPunctuation() && !places.isEmpty()
                    || item.cue().isPresent()
                    || item.isFinding() && !passable
                    || stopAtJoiner
                            && !places.isEmpty()
                            && !item.has(Meaning.At.class)
                            && !GROUP_WORDS.contains(item.words)) {
                // "numbness in my left calf and a knot above my hip": the knot is not numb
                break;
            }
            if (item.has(Meaning.At.class)) {
                places.add(item);
            }
            words++;
        }
        return places;
    }
}
