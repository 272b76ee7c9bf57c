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

    private static final Map<String, Integer> WORDS =
            Map.ofEntries(
                    Map.entry("zero", 0),
                    Map.entry("one", 1),
                    Map.entry("two", 2),
                    Map.entry("three", 3),
                    Map.entry("four", 4),
                    Map.entry("five", 5),
                    Map.entry("six", 6),
                    Map.entry("seven", 7),
                    Map.entry("eight", 8),
                    Map.entry("nine", 9),
                    Map.entry("ten", 10),
                    Map.entry("eleven", 11),
                    Map.entry("twelve", 12),
                    Map.entry("thirteen", 13),
                    Map.entry("fourteen", 14),
                    Map.entry("fifteen", 15),
                    Map.entry("sixteen", 16),
                    Map.entry("seventeen", 17),
                    Map.entry("eighteen", 18),
                    Map.entry("nineteen", 19),
                    Map.entry("twenty", 20),
                    Map.entry("thirty", 30),
                    Map.entry("forty", 40),
                    Map.entry("fifty", 50),
                    Map.entry("sixty", 60),
                    Map.entry("seventy", 70),
                    Map.entry("eighty", 80),
                    Map.entry("ninety", 90),
                    Map.entry("a", 1),
                    Map.entry("an", 1),
                    Map.entry("couple", 2),
                    Map.entry("few", 3),
                    Map.entry("several", 3));

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
            Set.of("times", "once", "twice", "per", "every", "each");
    private static final Set<String> PAIN_WORDS =
            Set.of("pain", "hurts", "rate", "rated", "rating", "score", "level", "sore");
    private static final Set<String> UNITS =
            Set.of(
                    "kg", "kilos", "pounds", "lbs", "lb", "stone", "minutes", "mins", "min",
                    "seconds", "times", "cm", "mm", "inches", "percent", "am", "pm", "oclock",
                    "hour", "hours");

    private static final List<Map.Entry<List<String>, Integer>> DAY_WORDS =
            List.of(
                    Map.entry(List.of("day", "before", "yesterday"), 2),
                    Map.entry(List.of("yesterday"), 1),
                    Map.entry(List.of("last", "night"), 0),
                    Map.entry(List.of("today"), 0),
                    Map.entry(List.of("this", "morning"), 0),
                    Map.entry(List.of("this", "afternoon"), 0),
                    Map.entry(List.of("this", "evening"), 0),
                    Map.entry(List.of("tonight"), 0),
                    Map.entry(List.of("last", "week"), 7),
                    Map.entry(List.of("last", "weekend"), 3),
                    Map.entry(List.of("last", "month"), 30),
                    Map.entry(List.of("last", "year"), 365));

    private final List<Token> tokens;

    Numbers(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Days since it began: the first duration or day named. */
    Optional<Said> onsetDays() {
        for (int i = 0; i < tokens.size(); i++) {
            for (Map.Entry<List<String>, Integer> day : DAY_WORDS) {
                if (wordsAt(i, day.getKey())) {
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
        }
        return Optional.empty();
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
        if (RATE_WORDS.contains(before)
                || before.equals("aged")
                || before.equals("age")
                || after.equals("old")) {
            return Optional.empty();
        }
        int days;
        if (DAYS_PER_UNIT.containsKey(unit)) {
            days = number[0] * DAYS_PER_UNIT.get(unit);
        } else if (HOURS.contains(unit)) {
            days = number[0] / 24;
        } else {
            return Optional.empty();
        }
        return Optional.of(
                new Said(Math.min(days, 36500), first.start(), tokens.get(unitAt).end()));
    }

    /** The person's age, from "I'm 38", "38 years old", "38yo" or "aged 38". */
    Optional<Said> age() {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.isNumber()) {
                continue;
            }
            int value = Integer.parseInt(token.word().length() > 4 ? "9999" : token.word());
            String before = word(i - 1);
            String after = word(i + 1);
            boolean said =
                    before.equals("aged")
                            || before.equals("age")
                            || (before.equals("im")
                                            || (before.equals("am") && word(i - 2).equals("i")))
                                    && !UNITS.contains(after)
                                    && !DAYS_PER_UNIT.containsKey(after)
                                    && !after.equals("/")
                            || after.equals("yo")
                            || (DAYS_PER_UNIT.getOrDefault(after, 0) == 365
                                    && word(i + 2).equals("old"));
            if (said && value >= 1 && value <= 120) {
                int end =
                        after.equals("yo")
                                ? tokens.get(i + 1).end()
                                : word(i + 2).equals("old") ? tokens.get(i + 2).end() : token.end();
                int start = before.isEmpty() ? token.start() : tokens.get(i - 1).start();
                return Optional.of(new Said(value, start, end));
            }
        }
        return Optional.empty();
    }

    /** Pain now, from "6/10", "6 out of 10" or "pain is 6". */
    Optional<Said> painNow() {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.isNumber() || token.word().length() > 2) {
                continue;
            }
            int value = Integer.parseInt(token.word());
            if (value > 10) {
                continue;
            }
            if (word(i + 1).equals("/") && word(i + 2).equals("10")) {
                return Optional.of(new Said(value, token.start(), tokens.get(i + 2).end()));
            }
            if (word(i + 1).equals("out") && word(i + 2).equals("of") && word(i + 3).equals("10")) {
                return Optional.of(new Said(value, token.start(), tokens.get(i + 3).end()));
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!PAIN_WORDS.contains(word(i))) {
                continue;
            }
            for (int j = i + 1; j <= i + 3 && j < tokens.size(); j++) {
                Token token = tokens.get(j);
                if (token.punctuation()) {
                    break;
                }
                if (token.isNumber()) {
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
        if (token.isNumber()) {
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
