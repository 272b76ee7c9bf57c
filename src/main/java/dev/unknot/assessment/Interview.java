package dev.unknot.assessment;

import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import dev.unknot.intake.TextReading;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.WizardQuestion;
import dev.unknot.triage.Reason;
import dev.unknot.triage.Triage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * When the questions stop: the one rule every wizard follows (terminal, web pages, the API's {@code
 * ask}). Questions come in the knowledge base's order, safety first; the ones already answered
 * (from a file, from free text) are not asked again. The interview ends as soon as the answers
 * decide the result: an emergency at once, an urgent finding once no safety question is left to
 * ask, so the person is told without a detour through questions that cannot change what they must
 * do. Before it asks anything after a description in the person's own words, what the words settled
 * is read back for them to confirm ({@link #understood}). Stateless and thread-safe.
 */
public final class Interview {
    private final List<WizardQuestion> questions;
    private final Triage triage;

    public Interview(KnowledgeBase knowledge, Triage triage) {
        this.questions = knowledge.questions();
        this.triage = triage;
    }

    /**
     * The questions an interview from {@code start} asks, in order, among those {@code asked}
     * selects.
     */
    public List<Question> todo(Intake start, Predicate<Question> asked) {
        return questions.stream()
                .map(WizardQuestion::question)
                .filter(question -> asked.test(question) && !start.isAnswered(question))
                .toList();
    }

    /** Every question {@code start} leaves open, in order. */
    public List<Question> todo(Intake start) {
        return todo(start, question -> true);
    }

    /**
     * Whether the answers so far decide the result while {@code remaining} are still to be asked:
     * an emergency whatever is left, an urgent finding when no safety question is left.
     */
    public boolean decided(Intake answers, List<Question> remaining) {
        return decided(triage.triage(answers).disposition(), remaining);
    }

    private static boolean decided(Disposition now, List<Question> remaining) {
        return now == Disposition.EMERGENCY
                || now == Disposition.URGENT && remaining.stream().noneMatch(Question::isSafety);
    }

    /**
     * What is still to ask of an interview from {@code answers}: its open questions in order, or
     * none when the answers already decide the result. The next question is the first.
     */
    public List<Question> remaining(Intake answers, Predicate<Question> asked) {
        List<Question> todo = todo(answers, asked);
        return decided(answers, todo) ? List.of() : todo;
    }

    /**
     * What is still to ask after {@code assessment}, whose triage is already known: every open
     * question.
     */
    public List<Question> remaining(Assessment assessment) {
        List<Question> todo = todo(assessment.intake());
        return decided(assessment.triage().disposition(), todo) ? List.of() : todo;
    }

    /**
     * What {@code read} settled and left open, in plain words, once the answers in {@code notMeant}
     * are taken back (they are then open, to be asked in full): the one read-back every front end
     * shows before the result. The words that make it an emergency are named, so the emergency
     * advice can show them first with a way to say "that is not what I meant".
     */
    public Understood understood(TextReading read, Set<Question> notMeant) {
        TextReading reading = read.reopen(notMeant);
        Intake intake = reading.intake();
        Set<Question> emergency = EnumSet.noneOf(Question.class);
        for (Reason reason : triage.triage(intake).reasons()) {
            if (reason.rule().disposition() == Disposition.EMERGENCY) {
                emergency.addAll(reason.answers());
            }
        }
        List<Understood.Settled> settled = new ArrayList<>();
        List<Understood.Open> open = new ArrayList<>();
        List<Question> triggers = new ArrayList<>();
        List<Question> taken = new ArrayList<>();
        for (WizardQuestion wording : questions) {
            Question question = wording.question();
            intake.answer(question)
                    .value()
                    .ifPresentOrElse(
                            value ->
                                    settled.add(
                                            new Understood.Settled(
                                                    question,
                                                    value,
                                                    wording.said(value),
                                                    reading.evidence().getOrDefault(question, ""))),
                            () -> {
                                if (reading.unsure().containsKey(question)) {
                                    open.add(
                                            new Understood.Open(
                                                    question,
                                                    wording.prompt(),
                                                    reading.unsure().get(question)));
                                }
                            });
            if (emergency.contains(question)) {
                triggers.add(question);
            }
            if (notMeant.contains(question)) {
                taken.add(question);
            }
        }
        return new Understood(reading, settled, open, triggers, taken);
    }

    /** What {@code reading} settled and left open, as read, nothing taken back. */
    public Understood understood(TextReading reading) {
        return understood(reading, Set.of());
    }

    /**
     * The question as the wizards put it: plain-words prompt and a label for each allowed answer.
     */
    public WizardQuestion wording(Question question) {
        return questions.stream()
                .filter(q -> q.question() == question)
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "no wizard wording for " + question.path()));
    }
}
