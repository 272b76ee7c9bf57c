package dev.unknot.intake.text;

import dev.unknot.intake.InvalidIntakeException;
import dev.unknot.intake.LegNumbness;
import dev.unknot.intake.LegWeakness;
import dev.unknot.intake.Question;
import dev.unknot.intake.Spread;
import dev.unknot.intake.TextReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    private final Lexicon lexicon;
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
        List<Token> tokens = Tokenizer.tokens(text);
        List<List<Item>> clauses = clauses(tokens);
        Answers answers = new Answers(text);
        for (List<Item> clause : clauses) {
            scopes.apply(clause);
        }
        for (List<Item> clause : clauses) {
            sensations(clause, answers);
            weakness(clause, answers);
            spread(clause, answers);
        }
        for (List<Item> clause : clauses) {
            simpleFindings(clause, answers);
            side(clause, answers);
        }
        Numbers numbers = new Numbers(tokens);
        numbers.onsetDays().ifPresent(said -> answers.number(Question.ONSET_DAYS, said));
        numbers.age().ifPresent(said -> answers.number(Question.AGE, said));
        numbers.painNow().ifPresent(said -> answers.number(Question.PAIN_NOW, said));
        return answers.reading();
    }

    /**
     * Items in clauses: a sentence end or a clause break ("but", "however") ends every cue's reach.
     */
    private List<List<Item>> clauses(List<Token> tokens) {
        List<List<Item>> clauses = new ArrayList<>();
        List<Item> clause = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            Optional<Lexicon.Found> found = lexicon.longestAt(tokens, i);
            Item item =
                    found.isPresent()
                            ? new Item(
                                    token,
                                    tokens.get(i + found.get().length() - 1),
                                    found.get().meanings())
                            : new Item(token, token, List.of());
            i += found.map(Lexicon.Found::length).orElse(1);
            if (token.endsSentence() || item.isCue(CueKind.CLAUSE_BREAK)) {
                if (!clause.isEmpty()) {
                    clauses.add(clause);
                }
                clause = new ArrayList<>();
            } else if (!token.is("/")) {
                clause.add(item);
            }
        }
        if (!clause.isEmpty()) {
            clauses.add(clause);
        }
        return clauses;
    }

    /** Numbness or tingling, placed by the body parts named next to it. */
    private void sensations(List<Item> clause, Answers answers) {
        for (int i = 0; i < clause.size(); i++) {
            Item item = clause.get(i);
            if (!item.has(Meaning.Sensory.class) || item.polarity == Polarity.SOMEONE_ELSE) {
                continue;
            }
            List<Item> places = placesNear(clause, i);
            boolean placed = false;
            for (Item placeItem : places) {
                Place place = placeItem.meaning(Meaning.At.class).orElseThrow().place();
                String words = answers.quote(item, placeItem);
                if (place.isSaddleArea()) {
                    answers.yesNo(Question.SADDLE_NUMBNESS, item.polarity, words);
                    placeItem.claimed = true;
                } else if (place.isLeg()) {
                    LegNumbness far = place.legNumbness().orElseThrow();
                    answers.graded(
                            Question.LEG_NUMBNESS, item.polarity, far, LegNumbness.NONE, words);
                    placeItem.claimed = true;
                } else {
                    answers.yesNo(Question.LOCAL_NUMBNESS, item.polarity, words);
                }
                placed = true;
            }
            if (placed) {
                continue;
            }
            String words = answers.quote(item, item);
            if (item.polarity == Polarity.DENIED) {
                answers.graded(
                        Question.LEG_NUMBNESS,
                        Polarity.DENIED,
                        LegNumbness.NONE,
                        LegNumbness.NONE,
                        words);
                answers.yesNo(Question.LOCAL_NUMBNESS, Polarity.DENIED, words);
            } else {
                answers.doubt(Question.LEG_NUMBNESS, words + " (where is it felt?)");
                answers.doubt(Question.LOCAL_NUMBNESS, words + " (where is it felt?)");
            }
        }
    }

    private void weakness(List<Item> clause, Answers answers) {
        boolean progressive =
                clause.stream()
                        .anyMatch(
                                item ->
                                        item.has(Meaning.Progressive.class)
                                                && item.polarity == Polarity.AFFIRMED);
        for (int i = 0; i < clause.size(); i++) {
            Item item = clause.get(i);
            Optional<Meaning.Weakness> weakness = item.meaning(Meaning.Weakness.class);
            if (weakness.isEmpty() || item.polarity == Polarity.SOMEONE_ELSE) {
                continue;
            }
            LegWeakness level = null;
            String words = answers.quote(item, item);
            if (weakness.get().leg()) {
                level = weakness.get().bothLegs() ? LegWeakness.BOTH_LEGS : LegWeakness.ONE_LEG;
            }
            for (Item placeItem : placesNear(clause, i)) {
                Place place = placeItem.meaning(Meaning.At.class).orElseThrow().place();
                if (place.isLeg()) {
                    placeItem.claimed = true;
                    words = answers.quote(item, placeItem);
                    LegWeakness here =
                            place == Place.BOTH_LEGS ? LegWeakness.BOTH_LEGS : LegWeakness.ONE_LEG;
                    level = level == null || here.compareTo(level) > 0 ? here : level;
                }
            }
            if (item.polarity == Polarity.DENIED) {
                answers.graded(
                        Question.LEG_WEAKNESS,
                        Polarity.DENIED,
                        LegWeakness.NONE,
                        LegWeakness.NONE,
                        words);
            } else if (level == null) {
                answers.doubt(Question.LEG_WEAKNESS, words + " (in a leg?)");
            } else {
                answers.graded(
                        Question.LEG_WEAKNESS,
                        item.polarity,
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
            if (!item.has(Meaning.Spreads.class)) {
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

    private void simpleFindings(List<Item> clause, Answers answers) {
        for (Item item : clause) {
            Polarity polarity = item.polarity;
            if (polarity == Polarity.SOMEONE_ELSE) {
                continue;
            }
            String words = answers.quote(item, item);
            item.meaning(Meaning.Symptom.class)
                    .ifPresent(
                            symptom ->
                                    answers.yesNo(
                                            symptom.question(),
                                            symptom.sense().answer(polarity),
                                            words));
            item.meaning(Meaning.Grows.class)
                    .ifPresent(
                            grows ->
                                    answers.yesNo(
                                            Question.LUMP_GROWING,
                                            grows.sense().answer(polarity),
                                            words));
            if (polarity != Polarity.AFFIRMED) {
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
            if (side.isEmpty()) {
                continue;
            }
            boolean ofALeg =
                    placesAfter(clause, i, 3).stream()
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

    /** The places named right after a finding, or else right before it. */
    private static List<Item> placesNear(List<Item> clause, int at) {
        List<Item> after = placesAfter(clause, at, 6);
        if (!after.isEmpty()) {
            return after;
        }
        List<Item> before = new ArrayList<>();
        int words = 0;
        for (int i = at - 1; i >= 0 && words <= 4; i--) {
            Item item = clause.get(i);
            if (item.isPunctuation() || (item.isFinding() && !item.has(Meaning.At.class))) {
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
        List<Item> places = new ArrayList<>();
        int words = 0;
        for (int i = at + 1; i < clause.size() && words <= reach; i++) {
            Item item = clause.get(i);
            boolean passable =
                    item.has(Meaning.At.class)
                            || item.has(Meaning.Feels.class)
                            || item.has(Meaning.Spreads.class);
            if (item.isPunctuation() && !places.isEmpty() || item.isFinding() && !passable) {
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
