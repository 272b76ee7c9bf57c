package dev.unknot.web;

import dev.unknot.assessment.Understood;
import dev.unknot.intake.Question;
import java.util.List;

/**
 * What unknot understood from a free-text description, as the core read it back ({@link
 * Understood}), for the page that asks the person to confirm it and for the emergency advice that
 * shows the words behind it. Only translated here: the plain words come from the knowledge base;
 * question paths are form values, never shown.
 *
 * @param text the description, posted back with the corrections
 * @param settled each answer in plain words with the person's words behind it
 * @param open each question left open (the answers not meant among them) as it will be asked
 * @param triggers the answers that make the words an emergency
 * @param notMeant the paths of the answers already taken back, carried in the form
 * @param questionsLeft how many questions the wizard would ask after this reading
 */
public record UnderstoodView(
        String text,
        List<Line> settled,
        List<Line> open,
        List<Line> triggers,
        List<String> notMeant,
        int questionsLeft) {

    public UnderstoodView {
        settled = List.copyOf(settled);
        open = List.copyOf(open);
        triggers = List.copyOf(triggers);
        notMeant = List.copyOf(notMeant);
    }

    /**
     * One answer or open question: a form id, its path (a form value), its plain words (or the
     * question as it will be asked), the person's words, and whether they said it was not what they
     * meant.
     */
    public record Line(String id, String path, String said, String words, boolean notMeant) {}

    /** The paths the "that is not what I meant" of the emergency advice takes back. */
    public List<String> notMeantWithTriggers() {
        java.util.List<String> paths = new java.util.ArrayList<>(notMeant);
        triggers.forEach(line -> paths.add(line.path()));
        return paths;
    }

    static UnderstoodView of(String text, Understood understood, WizardFlow flow) {
        List<Line> settled =
                understood.settled().stream()
                        .map(
                                answer ->
                                        new Line(
                                                "notMeant-" + answer.question().field(),
                                                answer.question().path(),
                                                answer.said(),
                                                answer.words(),
                                                false))
                        .toList();
        List<Line> open =
                understood.open().stream()
                        .map(
                                question ->
                                        new Line(
                                                "open-" + question.question().field(),
                                                question.question().path(),
                                                question.prompt(),
                                                question.words(),
                                                understood
                                                        .notMeant()
                                                        .contains(question.question())))
                        .toList();
        List<Line> triggers =
                settled.stream()
                        .filter(
                                line ->
                                        understood.emergencyFrom().stream()
                                                .anyMatch(q -> q.path().equals(line.path())))
                        .toList();
        return new UnderstoodView(
                text,
                settled,
                open,
                triggers,
                understood.notMeant().stream().map(Question::path).toList(),
                flow.start(understood.reading().intake()).todo().size());
    }
}
