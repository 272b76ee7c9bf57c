package dev.unknot.intake.text;

import dev.unknot.intake.AnswerType;
import dev.unknot.intake.Coded;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.WizardQuestion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one short reply to one known question, as a person types it at the terminal wizard, with
 * the free-text reader's words ({@code knowledge/freetext.yaml}): yes and no in their everyday
 * forms ("y", "yep", "nah", "nope"), doubt ("idk", "dunno", "not sure", "?"), numbers with their
 * units or scale ("3 days", "2 weeks", "6/10", "38 years", "about 5", "thirty eight"), and choices
 * by number, by their words or part of them, with a slip of the keyboard ("tenis ball"). A reply
 * that is not clearly one of these is {@link NotUnderstood}: it is asked again, never taken as
 * "no".
 *
 * <p>Thread-safe; build one and share it.
 */
public final class OneAnswer {

    /** What a reply says about its question. */
    public sealed interface Reply permits Settled, Open, NotUnderstood {}

    /** A value the question takes. */
    public record Settled(Object value) implements Reply {}

    /** The person does not know: the question stays open (never "no"). */
    public record Open() implements Reply {}

    /**
     * Not an answer this question takes; {@code whichOne} when it was a plain "yes" to a question
     * that needs to know which (one leg or both, which side).
     */
    public record NotUnderstood(boolean whichOne) implements Reply {}

    private enum Sense {
        YES,
        NO,
        NOT_SURE
    }

    /** What a duration, an age or a score is read after, as if the person had said it. */
    private static final Map<Question, String> NUMBER_CONTEXT =
            Map.of(Question.ONSET_DAYS, "since", Question.AGE, "im", Question.PAIN_NOW, "pain");

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nor");

    private static final Set<String> SEPARATORS = Set.of("and", "or", "plus", ",", "/");

    private final Lexicon lexicon;

    /** Reads with the words of {@code reader}'s lexicon. */
    public OneAnswer(FreeText reader) {
        this.lexicon = reader.lexicon;
    }

    /** What {@code reply} answers to {@code question}. */
    public Reply read(WizardQuestion question, String reply) {
        List<Token> tokens = Tokenizer.tokens(reply);
        List<Token> words = tokens.stream().filter(token -> !token.punctuation()).toList();
        if (words.isEmpty()) {
            return reply.contains("?") ? new Open() : new NotUnderstood(false);
        }
        AnswerType type = question.question().type();
        if (type instanceof AnswerType.YesNo) {
            return yesNo(reply, words);
        }
        if (type instanceof AnswerType.Whole whole) {
            Optional<Integer> number =
                    reply.matches(".*-\\s*\\d.*")
                            ? Optional.empty()
                            : number(question.question(), tokens);
            if (number.isPresent()) {
                int value = number.get();
                return value >= whole.min() && value <= whole.max()
                        ? new Settled(value)
                        : new NotUnderstood(false);
            }
            return sense(words).filter(sense -> sense == Sense.NOT_SURE).isPresent()
                    ? new Open()
                    : new NotUnderstood(false);
        }
        Optional<Object> chosen = chosen(question, type, tokens);
        if (chosen.isEmpty()
                && type instanceof AnswerType.OneOf<?>
                && words.size() > 1
                && lexicon.replies().yes().contains(words.get(0).word())) {
            // "yes, both": a yes, then which
            List<Token> rest = tokens.subList(tokens.indexOf(words.get(0)) + 1, tokens.size());
            chosen = chosen(question, type, rest).filter(type::saysYes);
        }
        if (chosen.isPresent()) {
            return new Settled(chosen.get());
        }
        Optional<Sense> sense = sense(words);
        if (sense.isEmpty()) {
            return new NotUnderstood(false);
        }
        return switch (sense.get()) {
            case NOT_SURE -> new Open();
            case YES -> new NotUnderstood(true);
            case NO -> no(type).<Reply>map(Settled::new).orElse(new NotUnderstood(false));
        };
    }

    /**
     * What {@code reply} says to a question of yes or no that is not an intake question (a stop
     * sign): {@code true}, {@code false}, open, or not understood.
     */
    public Reply yesNo(String reply) {
        List<Token> words =
                Tokenizer.tokens(reply).stream().filter(token -> !token.punctuation()).toList();
        if (words.isEmpty()) {
            return reply.contains("?") ? new Open() : new NotUnderstood(false);
        }
        return yesNo(reply, words);
    }

    /** A yes or no asked back ("no?") is not sure enough to keep: it is asked again. */
    private Reply yesNo(String reply, List<Token> words) {
        return sense(words)
                .<Reply>map(
                        sense ->
                                switch (sense) {
                                    case YES ->
                                            reply.contains("?")
                                                    ? new NotUnderstood(false)
                                                    : new Settled(Boolean.TRUE);
                                    case NO ->
                                            reply.contains("?")
                                                    ? new NotUnderstood(false)
                                                    : new Settled(Boolean.FALSE);
                                    case NOT_SURE -> new Open();
                                })
                .orElse(new NotUnderstood(false));
    }

    /** The answer that means "no" to a question of choices, if it has one. */
    private static Optional<Object> no(AnswerType type) {
        if (type instanceof AnswerType.SomeOf<?> some && some.minSize() == 0) {
            return Optional.of(Set.of());
        }
        return type.no();
    }

    /** The whole reply as yes, no or not sure, in the lexicon's words. */
    private Optional<Sense> sense(List<Token> words) {
        String said = joined(words);
        Lexicon.Replies replies = lexicon.replies();
        if (replies.notSure().contains(said)) {
            return Optional.of(Sense.NOT_SURE);
        }
        Optional<Lexicon.Found> found = lexicon.longestAt(words, 0);
        if (found.isPresent() && found.get().length() == words.size()) {
            List<Meaning> meanings = found.get().meanings();
            if (meanings.contains(new Meaning.Cue(CueKind.UNCERTAIN))) {
                return Optional.of(Sense.NOT_SURE);
            }
            if (!replies.yes().contains(said)
                    && meanings.contains(new Meaning.Cue(CueKind.NEGATION_EITHER))) {
                return Optional.of(Sense.NO);
            }
        }
        if (replies.yes().contains(said)) {
            return Optional.of(Sense.YES);
        }
        return replies.no().contains(said) ? Optional.of(Sense.NO) : Optional.empty();
    }

    /**
     * A number read the way the free-text reader reads it after a word that says what it is ("since
     * 3 days", "im 38 years", "pain 6/10"), or a number alone; every other word must be one that
     * may stand around a number.
     */
    private Optional<Integer> number(Question question, List<Token> tokens) {
        Set<String> around = lexicon.replies().aroundNumbers();
        Map<String, Integer> numberWords = NumberWords.withQuantities();
        int first = 0;
        while (first < tokens.size()
                && around.contains(tokens.get(first).word())
                && !numberWords.containsKey(tokens.get(first).word())) {
            first++;
        }
        List<Token> rest = tokens.subList(first, tokens.size());
        List<Token> read = new ArrayList<>();
        read.add(new Token(NUMBER_CONTEXT.getOrDefault(question, ""), -1, -1, false));
        read.addAll(rest);
        Numbers numbers = new Numbers(read, false, Set.of());
        Optional<Numbers.Said> said =
                switch (question) {
                    case ONSET_DAYS -> numbers.onsetDays();
                    case AGE -> numbers.age();
                    case PAIN_NOW -> numbers.painNow();
                    default -> Optional.empty();
                };
        if (said.isPresent()) {
            Numbers.Said number = said.get();
            boolean onlyAround =
                    rest.stream()
                            .filter(token -> !token.punctuation())
                            .filter(
                                    token ->
                                            token.start() < number.start()
                                                    || token.end() > number.end())
                            .allMatch(token -> around.contains(token.word()));
            return onlyAround ? Optional.of(number.value()) : Optional.empty();
        }
        List<Token> numbersSaid =
                rest.stream().filter(token -> !Double.isNaN(token.number())).toList();
        // "since 2020" names a year, not a number of days
        boolean since = tokens.stream().anyMatch(token -> token.is("since"));
        boolean alone =
                !since
                        && numbersSaid.size() == 1
                        && (numbersSaid.get(0).isWhole()
                                || NumberWords.NUMBERS.containsKey(numbersSaid.get(0).word()))
                        && rest.stream()
                                .filter(token -> token != numbersSaid.get(0))
                                .allMatch(token -> around.contains(token.word()));
        return alone ? Optional.of((int) numbersSaid.get(0).number()) : Optional.empty();
    }

    /**
     * The choice or choices the reply names: the whole reply as one choice, else its parts between
     * commas, "and" and "or" as one choice each (where the question takes several).
     */
    private Optional<Object> chosen(WizardQuestion question, AnswerType type, List<Token> tokens) {
        List<Token> words = tokens.stream().filter(token -> !token.punctuation()).toList();
        if (type instanceof AnswerType.OneOf<?> one) {
            return choice(question, one.codes(), words).flatMap(one::parse).map(Object.class::cast);
        }
        AnswerType.SomeOf<?> some = (AnswerType.SomeOf<?>) type;
        return someOf(question, some, tokens, words);
    }

    private <E extends Enum<E> & Coded> Optional<Object> someOf(
            WizardQuestion question,
            AnswerType.SomeOf<E> type,
            List<Token> tokens,
            List<Token> words) {
        Optional<E> whole = choice(question, type.codes(), words).flatMap(type::parse);
        if (whole.isPresent()) {
            return Optional.of(type.setOf(List.of(whole.get())));
        }
        List<E> members = new ArrayList<>();
        List<Token> part = new ArrayList<>();
        List<List<Token>> parts = new ArrayList<>();
        for (Token token : tokens) {
            if (SEPARATORS.contains(token.word())) {
                parts.add(List.copyOf(part));
                part.clear();
            } else if (!token.punctuation()) {
                part.add(token);
            }
        }
        parts.add(List.copyOf(part));
        for (List<Token> each : parts) {
            if (each.isEmpty()) {
                continue;
            }
            Optional<E> member = choice(question, type.codes(), each).flatMap(type::parse);
            if (member.isEmpty()) {
                return Optional.empty();
            }
            members.add(member.get());
        }
        return members.isEmpty() ? Optional.empty() : Optional.of(type.setOf(members));
    }

    /**
     * The code chosen by its number (1-based), its code, its words, part of its words that points
     * to it alone, or the free-text reader's words for it ("heat pad", "frozen peas"), with a slip
     * of the keyboard read as the word meant.
     */
    private Optional<String> choice(
            WizardQuestion question, List<String> codes, List<Token> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        if (words.size() == 1 && words.get(0).isWhole()) {
            int number = (int) words.get(0).number();
            return number >= 1 && number <= codes.size()
                    ? Optional.of(codes.get(number - 1))
                    : Optional.empty();
        }
        List<Token> corrected = corrected(question, words);
        String text = joined(corrected);
        List<String> matches = new ArrayList<>();
        for (Map.Entry<String, String> choice : question.choices().entrySet()) {
            String code = choice.getKey();
            String choiceWords = joined(Tokenizer.tokens(choice.getValue()));
            if (code.equals(text)
                    || code.replace('-', ' ').equals(text)
                    || choiceWords.equals(text)) {
                return Optional.of(code);
            }
            if (text.length() >= 3 && partOf(choiceWords, text)) {
                matches.add(code);
            }
        }
        if (matches.size() == 1) {
            // part of the words is enough when it points to one choice only ("both legs")
            return Optional.of(matches.get(0));
        }
        return lexiconChoice(corrected).filter(codes::contains);
    }

    /**
     * Whether {@code text} is a whole-word part of a choice's words, not said after "not" or "no"
     * there ("past the knee" is not "not past the knee").
     */
    private static boolean partOf(String choiceWords, String text) {
        if (choiceWords.startsWith(text + " ")) {
            return true;
        }
        String padded = choiceWords + " ";
        int at = padded.indexOf(" " + text + " ");
        while (at >= 0) {
            String before = choiceWords.substring(0, at);
            String previous = before.substring(before.lastIndexOf(' ') + 1);
            if (!NEGATIONS.contains(previous)) {
                return true;
            }
            at = padded.indexOf(" " + text + " ", at + 1);
        }
        return false;
    }

    /** The code the free-text reader's words give the whole of {@code words}, if any. */
    private Optional<String> lexiconChoice(List<Token> words) {
        Optional<Lexicon.Found> found = lexicon.longestAt(words, 0);
        if (found.isEmpty() || found.get().length() != words.size()) {
            return Optional.empty();
        }
        for (Meaning meaning : found.get().meanings()) {
            Optional<Coded> value =
                    meaning instanceof Meaning.Has has
                            ? Optional.of(has.tool())
                            : meaning instanceof Meaning.Feels feels
                                    ? Optional.of(feels.feel())
                                    : meaning instanceof Meaning.SetOffBy cause
                                            ? Optional.of(cause.cause())
                                            : meaning instanceof Meaning.OnSide side
                                                    ? Optional.of(side.side())
                                                    : Optional.empty();
            if (value.isPresent()) {
                return Optional.of(value.get().code());
            }
        }
        return Optional.empty();
    }

    /** The words with a slip of the keyboard read as a word of the choices or of the lexicon. */
    private List<Token> corrected(WizardQuestion question, List<Token> words) {
        Set<String> choiceWords = new HashSet<>();
        question.choices()
                .values()
                .forEach(
                        text ->
                                Tokenizer.tokens(text)
                                        .forEach(token -> choiceWords.add(token.word())));
        Typos typos = new Typos(choiceWords, Set.of());
        List<Token> out = new ArrayList<>();
        for (Token token : words) {
            String word = token.word();
            Optional<String> meant =
                    choiceWords.contains(word)
                            ? Optional.empty()
                            : typos.correct(word).or(() -> lexicon.corrected(word));
            out.add(
                    meant.map(text -> new Token(text, token.start(), token.end(), false))
                            .orElse(token));
        }
        return out;
    }

    private static String joined(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        for (Token token : tokens) {
            if (token.punctuation()) {
                continue;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(token.word().toLowerCase(Locale.ROOT));
        }
        return text.toString();
    }
}
