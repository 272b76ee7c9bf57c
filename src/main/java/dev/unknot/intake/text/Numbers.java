package dev.unknot.intake.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The numbers in a description: how long ago it began ("since yesterday", "for three weeks", "2
 * months"), the person's age ("I'm 38") and the pain score ("6/10", "pain is 7").
 */
final class Numbers {

    /** A number found in the text, with the words that said it. */
    record Said(int value, int start, int end) {}

    /** Numbers in words and the vague quantities ("a couple", "a few"). */
    private static final Map<String, Integer> WORDS = NumberWords.withQuantities();

    private static final Map<String, Integer> DAYS_PER_UNIT =
            Map.ofEntries(
                    Map.entry("day", 1),
                    Map.entry("days", 1),
                    Map.entry("week", 7),
                    Map.entry("weeks", 7),
                    Map.entry("wk", 7),
                    Map.entry("wks", 7),
                    Map.entry("fortnight", 14),
                    Map.entry("fortnights", 14),
                    Map.entry("month", 30),
                    Map.entry("months", 30),
                    Map.entry("year", 365),
                    Map.entry("years", 365),
                    Map.entry("yr", 365),
                    Map.entry("yrs", 365));

    private static final Set<String> HOURS = Set.of("hour", "hours", "hr", "hrs");
    private static final Set<String> RATE_WORDS =
            Set.of("times", "once", "twice", "per", "every", "each", "x");
    private static final Set<String> PAIN_WORDS =
            Set.of("pain", "pains", "hurts", "rate", "rated", "rating", "score", "level", "sore");
    private static final Set<String> UNITS =
            Set.of(
                    "kg", "kilos", "pounds", "lbs", "lb", "stone", "minutes", "mins", "min",
                    "seconds", "times", "cm", "mm", "inches", "percent", "am", "pm", "oclock",
                    "hour", "hours");

    private static final List<Map.Entry<List<String>, Integer>> DAY_WORDS =
            List.of(
                    Map.entry(List.of("day", "before", "yesterday"), 2),
                    Map.entry(List.of("yesterday"), 1),
                    Map.entry(List.of("last", "night"), 1),
                    Map.entry(List.of("today"), 0),
                    Map.entry(List.of("this", "morning"), 0),
                    Map.entry(List.of("this", "afternoon"), 0),
                    Map.entry(List.of("this", "evening"), 0),
                    Map.entry(List.of("tonight"), 0),
                    Map.entry(List.of("last", "week"), 7),
                    Map.entry(List.of("last", "month"), 30),
                    Map.entry(List.of("last", "fortnight"), 14),
                    Map.entry(List.of("past", "fortnight"), 14),
                    Map.entry(List.of("last", "year"), 365));

    /** Words of the knot or the pain: a duration near them is how long it has been going on. */
    private static final Set<String> PAIN_ANCHORS =
            Set.of(
                    "back",
                    "pain",
                    "painful",
                    "knot",
                    "knots",
                    "ache",
                    "aches",
                    "aching",
                    "achy",
                    "sore",
                    "soreness",
                    "hurt",
                    "hurts",
                    "hurting",
                    "started",
                    "start",
                    "starting",
                    "began",
                    "begun",
                    "spasm",
                    "spasms",
                    "lbp",
                    "twinge",
                    "tweaked",
                    "pulled",
                    "it",
                    "its",
                    "stiff",
                    "stiffness",
                    "tight",
                    "niggle",
                    "niggling",
                    "lump",
                    "bump",
                    "backache",
                    "onset",
                    "agony",
                    "killing");

    /** Words of other things a duration may belong to: a weight loss, a cancer, a fever, a job. */
    private static final Set<String> OTHER_OWNERS =
            Set.of(
                    "weight",
                    "kg",
                    "kgs",
                    "kilos",
                    "pounds",
                    "lbs",
                    "lb",
                    "stone",
                    "cancer",
                    "ca",
                    "chemo",
                    "chemotherapy",
                    "radiotherapy",
                    "tumour",
                    "tumor",
                    "fever",
                    "temperature",
                    "temp",
                    "flu",
                    "covid",
                    "cold",
                    "ill",
                    "sick",
                    "diet",
                    "dieting",
                    "pregnant",
                    "pregnancy",
                    "baby",
                    "born",
                    "birth",
                    "married",
                    "job",
                    "operation",
                    "op",
                    "surgery",
                    "steroids",
                    "pred",
                    "prednisolone",
                    "retired",
                    "diagnosed",
                    "treated",
                    "treatment",
                    "remission",
                    "clear",
                    "old",
                    "age",
                    "aged");

    /** "for the last week", "over the past month". */
    private static final Set<String> FOR_THE = Set.of("for", "over", "in", "during");

    private static final Set<String> STARTED =
            Set.of(
                    "since",
                    "started",
                    "start",
                    "began",
                    "begun",
                    "from",
                    "came",
                    "happened",
                    "did",
                    "woke",
                    "onset",
                    "went",
                    "pulled",
                    "tweaked",
                    "hurt",
                    "injured",
                    "strained",
                    "twisted",
                    "appeared",
                    "noticed",
                    "popped",
                    "flared",
                    "up");

    /** The words a duration or a day named can start with, besides a number. */
    private static final Set<String> DURATION_STARTS = durationStarts();

    private static Set<String> durationStarts() {
        Set<String> words = new java.util.HashSet<>(WORDS.keySet());
        words.addAll(
                Set.of(
                        "day",
                        "yesterday",
                        "last",
                        "past",
                        "today",
                        "this",
                        "tonight",
                        "weeks",
                        "months",
                        "years"));
        return Set.copyOf(words);
    }

    /** Words that part a sentence like a comma: "knot since yesterday and now can't pee". */
    private static final Set<String> SEGMENT_BREAKS =
            Set.of("now", "but", "however", "although", "though", "also", "then", "whereas");

    private static final Set<String> VAGUE_PLURALS = Set.of("weeks", "months", "years");
    private static final Map<String, Integer> CLINICAL_DENOMINATORS =
            Map.of("7", 1, "52", 7, "12", 30);

    private final List<Token> tokens;
    private final boolean writingForSomeoneElse;

    private final Set<Integer> otherOwners;

    /**
     * {@code otherOwners}: the positions of the words naming a symptom, which a duration next to
     * them belongs to ("can't wee since yesterday").
     */
    Numbers(List<Token> tokens, boolean writingForSomeoneElse, Set<Integer> otherOwners) {
        this.tokens = tokens;
        this.writingForSomeoneElse = writingForSomeoneElse;
        this.otherOwners = otherOwners;
    }

    /**
     * Days since it began: the first duration or day named that belongs to the knot or the pain,
     * not to a weight loss, a cancer or a rate ("8 hours a day").
     */
    Optional<Said> onsetDays() {
        Optional<Said> fromTheSentence = Optional.empty();
        for (int i = 0; i < tokens.size(); i++) {
            Optional<Said> said = durationOrDayAt(i);
            if (said.isEmpty()) {
                continue;
            }
            // one said right next to the pain wins over one that only shares its sentence
            int[] segment = nearest(i, true);
            if (segment[0] != Integer.MAX_VALUE && segment[0] < segment[1]) {
                return said;
            }
            if (fromTheSentence.isEmpty() && belongsToThePain(i)) {
                fromTheSentence = said;
            }
        }
        return fromTheSentence;
    }

    private Optional<Said> durationOrDayAt(int i) {
        Token token = tokens.get(i);
        if (token.punctuation()
                || !token.isNumber()
                        && !Character.isDigit(token.word().charAt(0))
                        && !DURATION_STARTS.contains(token.word())) {
            return Optional.empty();
        }
        for (Map.Entry<List<String>, Integer> day : DAY_WORDS) {
            if (wordsAt(i, day.getKey()) && saysItStarted(i)) {
                return Optional.of(
                        new Said(
                                day.getValue(),
                                tokens.get(i).start(),
                                tokens.get(i + day.getKey().size() - 1).end()));
            }
        }
        Optional<Said> duration = durationAt(i);
        if (duration.isPresent()) {
            return duration;
        }
        return clinicalDurationAt(i).or(() -> vagueDurationAt(i));
    }

    private Optional<Said> durationAt(int i) {
        Token first = tokens.get(i);
        int[] number = number(i);
        if (number == null) {
            return Optional.empty();
        }
        int unitAt = i + number[1];
        if (unitAt < tokens.size() && tokens.get(unitAt).is("of")) {
            unitAt++;
        }
        if (unitAt >= tokens.size()) {
            return Optional.empty();
        }
        String unit = tokens.get(unitAt).word();
        String before = i > 0 ? tokens.get(i - 1).word() : "";
        String after = unitAt + 1 < tokens.size() ? tokens.get(unitAt + 1).word() : "";
        String afterThat = unitAt + 2 < tokens.size() ? tokens.get(unitAt + 2).word() : "";
        boolean rate =
                RATE_WORDS.contains(after)
                        || (after.equals("a") || after.equals("an"))
                                && (DAYS_PER_UNIT.containsKey(afterThat)
                                        || afterThat.equals("night"));
        if (RATE_WORDS.contains(before)
                || HOURS.contains(before)
                || DAYS_PER_UNIT.containsKey(before)
                || UNITS.contains(before)
                || rate
                || before.equals("aged")
                || before.equals("age")
                || after.equals("of") && !painWithin(unitAt + 2, 4)
                || after.equals("old") && DAYS_PER_UNIT.getOrDefault(unit, 0) >= 365) {
            return Optional.empty();
        }
        int days;
        if (DAYS_PER_UNIT.containsKey(unit)) {
            days = number[0] * DAYS_PER_UNIT.get(unit);
        } else if (HOURS.contains(unit) && after.equals("ago")) {
            days = number[0] / 24;
        } else {
            return Optional.empty();
        }
        return Optional.of(
                new Said(Math.min(days, 36500), first.start(), tokens.get(unitAt).end()));
    }

    /**
     * A day named is the onset only where the words say something started then ("since yesterday",
     * "it started this morning", "did it last night"): "8/10 today" is how bad it is today.
     */
    private boolean saysItStarted(int i) {
        if (word(i - 1).equals("the") && FOR_THE.contains(word(i - 2))) {
            return true;
        }
        for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
            if (tokens.get(k).endsSentence()) {
                return false;
            }
            if (STARTED.contains(word(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean painWithin(int from, int count) {
        for (int k = from; k < tokens.size() && k < from + count; k++) {
            if (PAIN_ANCHORS.contains(word(k))) {
                return true;
            }
        }
        return false;
    }

    /** "x3/52" (three weeks), "2/7" (two days), "6/12" (six months). */
    private Optional<Said> clinicalDurationAt(int i) {
        Token token = tokens.get(i);
        if (!token.isWhole() || token.word().length() > 2 || !word(i + 1).equals("/")) {
            return Optional.empty();
        }
        Integer days = CLINICAL_DENOMINATORS.get(word(i + 2));
        if (days == null) {
            return Optional.empty();
        }
        return Optional.of(
                new Said(
                        Integer.parseInt(token.word()) * days,
                        token.start(),
                        tokens.get(i + 2).end()));
    }

    /** "for weeks", "for months now": the least the words can mean. */
    private Optional<Said> vagueDurationAt(int i) {
        String unit = word(i);
        String before = word(i - 1);
        if (!VAGUE_PLURALS.contains(unit)
                || !(before.equals("for") || before.equals("many") || before.equals("past"))) {
            return Optional.empty();
        }
        int days =
                switch (unit) {
                    case "weeks" -> 14;
                    case "months" -> 60;
                    default -> 730;
                };
        return Optional.of(new Said(days, tokens.get(i - 1).start(), tokens.get(i).end()));
    }

    /**
     * A duration belongs to the pain when, within its part of the sentence (between commas, and
     * failing that the whole sentence), the nearest word it can belong to is a word of the pain
     * rather than a symptom, a weight loss, a cancer or a fever.
     */
    private boolean belongsToThePain(int at) {
        if (everSince(at)) {
            // "rear-ended two days ago and my back has been in spasm ever since"
            return true;
        }
        int[] segment = nearest(at, true);
        if (segment[0] != segment[1]) {
            return segment[0] < segment[1];
        }
        int[] sentence = nearest(at, false);
        return sentence[0] <= sentence[1];
    }

    private boolean everSince(int at) {
        for (int i = at + 1; i < tokens.size() && !tokens.get(i).endsSentence(); i++) {
            if (word(i).equals("since")
                    && (word(i - 1).equals("ever")
                            || word(i + 1).equals("then")
                            || i + 1 >= tokens.size()
                            || tokens.get(i + 1).endsSentence())) {
                return true;
            }
        }
        return false;
    }

    /** The distance to the nearest pain word and to the nearest other owner. */
    private int[] nearest(int at, boolean withinCommas) {
        int pain = Integer.MAX_VALUE;
        int other = Integer.MAX_VALUE;
        for (int step : new int[] {-1, 1}) {
            for (int i = at + step; i >= 0 && i < tokens.size(); i += step) {
                Token token = tokens.get(i);
                if (token.endsSentence()
                        || withinCommas
                                && (token.isComma() || SEGMENT_BREAKS.contains(token.word()))) {
                    break;
                }
                int distance = Math.abs(i - at);
                if (PAIN_ANCHORS.contains(token.word()) && !otherOwners.contains(i)) {
                    pain = Math.min(pain, distance);
                }
                if (OTHER_OWNERS.contains(token.word()) || otherOwners.contains(i)) {
                    other = Math.min(other, distance);
                }
            }
        }
        return new int[] {pain, other};
    }

    private static final Set<String> SEX_AFTER_AGE =
            Set.of("m", "f", "male", "female", "yo", "yof", "yom");
    private static final Set<String> TEMPERATURE_WORDS =
            Set.of("temp", "temperature", "t", "fever", "was", "of", "hit", "is", "at");
    private static final Set<String> SOMEONE_ELSES = Set.of("my", "our", "his", "her", "their");
    private static final Set<String> RELATIONS =
            Set.of(
                    "son",
                    "daughter",
                    "kid",
                    "child",
                    "boy",
                    "girl",
                    "teen",
                    "teenager",
                    "husband",
                    "wife",
                    "partner",
                    "mum",
                    "mom",
                    "mother",
                    "dad",
                    "father",
                    "brother",
                    "sister",
                    "grandson",
                    "granddaughter",
                    "nephew",
                    "niece",
                    "friend",
                    "hubby",
                    "dd",
                    "ds",
                    "dh",
                    "boyfriend",
                    "girlfriend",
                    "fiance",
                    "fiancee",
                    "eldest",
                    "youngest");
    private static final Set<String> THIRD_PERSON = Set.of("hes", "shes", "theyre");

    /**
     * The age of the person with the knot. The writer's own: "I'm 38", "38M", "38yo", "aged 38",
     * "38 years old", "bloke, 39". Someone else's: "my 8 year old", "my son (15)", "my son is 15",
     * "my dad who's 81", "a man of 22", "he's 15". When the text is written for someone else, their
     * age is the age and the writer's is not; otherwise the other way round.
     */
    Optional<Said> age() {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("a") || tokens.get(i).is("an")) {
                continue;
            }
            int[] number = number(i);
            if (number == null
                    || number[0] < 1
                    || number[0] > 120
                    || tokens.get(i).isWhole() && tokens.get(i).word().length() > 3) {
                continue;
            }
            int next = i + number[1];
            String before = word(i - 1);
            String after = word(next);
            boolean yearsOld =
                    (after.equals("year")
                                            || after.equals("years")
                                            || after.equals("yr")
                                            || after.equals("yrs"))
                                    && word(next + 1).equals("old")
                            || after.equals("yo")
                            || after.equals("y")
                                    && word(next + 1).equals("/")
                                    && word(next + 2).equals("o");
            boolean someoneElses =
                    SOMEONE_ELSES.contains(before)
                            || SOMEONE_ELSES.contains(word(i - 2)) && !before.equals("im")
                            || RELATIONS.contains(word(yearsOld ? next + 2 : next))
                            || RELATIONS.contains(word(yearsOld ? next + 3 : next + 1));
            boolean ofAge =
                    (after.equals("years") || after.equals("yrs") || after.equals("year"))
                            && !word(next + 1).equals("ago")
                            && !word(next + 1).equals("since");
            boolean writers =
                    before.equals("im") && (!isUnit(after) || ofAge)
                            || before.equals("am")
                                    && word(i - 2).equals("i")
                                    && (!isUnit(after) || ofAge)
                            || before.equals("aged") && !someoneElses
                            || before.equals("age") && !someoneElses
                            || SEX_AFTER_AGE.contains(after)
                                    && !UNITS.contains(before)
                                    && !TEMPERATURE_WORDS.contains(before)
                                    && !word(i - 2).startsWith("temp")
                                    && number[0] < 100
                            || before.equals("of") && word(i - 2).equals("age")
                            || SELF_NOUNS.contains(before)
                            || before.equals(",") && SELF_NOUNS.contains(word(i - 2))
                            || yearsOld
                                    && !someoneElses
                                    && !before.equals("a")
                                    && !before.equals("an");
            boolean theirs =
                    yearsOld && someoneElses
                            || RELATIONS.contains(before)
                            || before.equals(",") && RELATIONS.contains(word(i - 2))
                            || THIRD_PERSON.contains(before)
                            || (before.equals("is") || before.equals("whos"))
                                    && (RELATIONS.contains(word(i - 2))
                                            || word(i - 2).equals("who")
                                            || word(i - 2).equals("he")
                                            || word(i - 2).equals("she"))
                            || before.equals("of") && PEOPLE.contains(word(i - 2))
                            || (before.equals("aged") || before.equals("age"))
                                    && (someoneElses || writingForSomeoneElse);
            if (writingForSomeoneElse ? theirs : writers) {
                int end =
                        tokens.get(yearsOld ? Math.min(tokens.size() - 1, next + 1) : next - 1)
                                .end();
                if (SEX_AFTER_AGE.contains(after)) {
                    end = tokens.get(next).end();
                }
                int start = before.isEmpty() ? tokens.get(i).start() : tokens.get(i - 1).start();
                return Optional.of(new Said(number[0], start, end));
            }
        }
        return Optional.empty();
    }

    private boolean isUnit(String word) {
        return UNITS.contains(word) || DAYS_PER_UNIT.containsKey(word) || word.equals("/");
    }

    private static final Set<String> SELF_NOUNS =
            Set.of("bloke", "guy", "male", "female", "woman", "man", "lady", "gal", "dude");
    private static final Set<String> PEOPLE =
            Set.of("man", "woman", "gentleman", "lady", "boy", "girl", "chap", "fellow", "patient");

    /** Pain now, from "6/10", "6 out of 10" or "pain is 6". */
    Optional<Said> painNow() {
        // "was 9/10 at the start, now about 4/10": the score said as now, before or after it
        Optional<Said> first = Optional.empty();
        Optional<Said> nowAfter = Optional.empty();
        for (int i = 0; i < tokens.size(); i++) {
            Optional<Said> score = scoreAt(i);
            if (score.isEmpty()) {
                continue;
            }
            for (int k = Math.max(0, i - 4); k < i; k++) {
                if (NOW.contains(word(k))) {
                    return score;
                }
            }
            for (int k = i + 3; k < tokens.size() && k <= i + 5; k++) {
                if (tokens.get(k).isNumber()) {
                    break;
                }
                if (NOW.contains(word(k)) && nowAfter.isEmpty()) {
                    nowAfter = score;
                }
            }
            if (first.isEmpty()) {
                first = score;
            }
        }
        Optional<Said> firstSaid = first;
        return nowAfter.or(() -> firstSaid).or(this::painWordScore);
    }

    private static final Set<String> NOW = Set.of("now", "currently", "atm", "today", "tonight");

    /** "6/10", "6 out of 10", "about a 6". */
    private Optional<Said> scoreAt(int i) {
        Token token = tokens.get(i);
        if (!token.isWhole() && !token.word().equals("ten") && Double.isNaN(token.number())) {
            return Optional.empty();
        }
        if (token.isWhole() && token.word().length() > 2) {
            return Optional.empty();
        }
        int value = token.word().equals("ten") ? 10 : (int) token.number();
        if (value > 10 || value != token.number() && !token.word().equals("ten")) {
            return Optional.empty();
        }
        if (word(i + 1).equals("out")
                && word(i + 2).equals("of")
                && (word(i + 3).equals("10") || word(i + 3).equals("ten"))) {
            return Optional.of(new Said(value, token.start(), tokens.get(i + 3).end()));
        }
        if (word(i + 1).equals("/") && word(i + 2).equals("10")) {
            return Optional.of(new Said(value, token.start(), tokens.get(i + 2).end()));
        }
        if (word(i + 1).equals("out") && word(i + 2).equals("of") && word(i + 3).equals("10")) {
            return Optional.of(new Said(value, token.start(), tokens.get(i + 3).end()));
        }
        boolean roughly =
                word(i - 1).equals("a")
                        && ROUGHLY.contains(word(i - 2))
                        && !UNITS.contains(word(i + 1))
                        && !DAYS_PER_UNIT.containsKey(word(i + 1));
        if (roughly) {
            return Optional.of(new Said(value, tokens.get(i - 2).start(), token.end()));
        }
        return Optional.empty();
    }

    private static final Set<String> ROUGHLY =
            Set.of("about", "around", "maybe", "roughly", "like");

    /** "pain is 7", "rated 6". */
    private Optional<Said> painWordScore() {
        for (int i = 0; i < tokens.size(); i++) {
            if (!PAIN_WORDS.contains(word(i))) {
                continue;
            }
            for (int j = i + 1; j <= i + 3 && j < tokens.size(); j++) {
                Token token = tokens.get(j);
                if (token.punctuation()) {
                    break;
                }
                if (token.isWhole()) {
                    String after = word(j + 1);
                    boolean score =
                            token.word().length() <= 2
                                    && Integer.parseInt(token.word()) <= 10
                                    && !UNITS.contains(after)
                                    && !DAYS_PER_UNIT.containsKey(after)
                                    && !after.equals("of");
                    if (score) {
                        return Optional.of(
                                new Said(
                                        Integer.parseInt(token.word()),
                                        tokens.get(i).start(),
                                        token.end()));
                    }
                    break;
                }
            }
        }
        return Optional.empty();
    }

    /** The number starting at {@code i} and how many words it took, or null. */
    private int[] number(int i) {
        Token token = tokens.get(i);
        if (token.isWhole()) {
            return token.word().length() > 5 ? null : new int[] {Integer.parseInt(token.word()), 1};
        }
        Integer value = WORDS.get(token.word());
        if (value == null) {
            return null;
        }
        if ((token.is("a") || token.is("an")) && i + 1 < tokens.size()) {
            Integer next = WORDS.get(tokens.get(i + 1).word());
            if (next != null && (tokens.get(i + 1).is("couple") || tokens.get(i + 1).is("few"))) {
                return new int[] {next, 2};
            }
        }
        if (value >= 20 && value % 10 == 0 && i + 1 < tokens.size()) {
            Integer ones = WORDS.get(tokens.get(i + 1).word());
            if (ones != null && ones >= 1 && ones <= 9 && !tokens.get(i + 1).is("a")) {
                return new int[] {value + ones, 2};
            }
        }
        return new int[] {value, 1};
    }

    private boolean wordsAt(int i, List<String> words) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(i + k).is(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).word() : "";
    }
}
