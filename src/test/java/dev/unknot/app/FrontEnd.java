package dev.unknot.app;

import dev.unknot.intake.Question;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One way in to unknot, driven as a person or a client would drive it: the terminal, the web pages
 * or the JSON API. The parity table runs the same scenario through each and compares what they did.
 */
interface FrontEnd extends AutoCloseable {
    /** "not sure": the question is left open. */
    String NOT_SURE = "?";

    String name();

    /**
     * An interview from a free-text description ({@code ""} for none), answering each question
     * asked from {@code answers} (codes as in intake.md: yes/no, numbers, codes, codes separated by
     * commas, "none", or {@link #NOT_SURE}). What the text settled is confirmed, except the answers
     * in {@code notMeant}, which the person says are not what they meant; an emergency in the words
     * is kept unless every answer behind it is in {@code notMeant}.
     */
    Interviewed interview(String text, Set<Question> notMeant, Map<Question, String> answers);

    /**
     * A guided session on the example plan for a new person: the stop signs answered as given (true
     * = yes), then, when none is yes, every step done, pain 5 before and 3 after. Graded questions
     * a yes brings are answered "not sure".
     */
    SessionRun session(Map<String, Boolean> stopSigns);

    /** A new person's diary: each entry logged in turn, with the safety answers given with it. */
    Kept diary(List<Entry> entries);

    @Override
    void close();

    /**
     * What an interview came to: the questions asked, in order, the disposition and the rules that
     * fired.
     */
    record Interviewed(List<Question> asked, String disposition, List<String> rules) {}

    /**
     * What a guided session came to: the signs answered yes (no session then), and what was kept.
     */
    record SessionRun(List<String> stoppedBy, Kept kept) {}

    /** A diary entry as logged. */
    record Entry(LocalDate date, int pain, Map<Question, String> safety) {}

    /**
     * What is kept of a person, in words that do not depend on the front end: sessions (steps,
     * outcomes, seconds, pain), diary entries (date, pain, what was done, the note, the safety
     * answers), escalations.
     */
    record Kept(List<String> sessions, List<String> diary, List<String> escalations) {}
}
