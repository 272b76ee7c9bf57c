package dev.unknot.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything a printed plan shows, already in words: whose plan and when, which plan and version,
 * the clinician's note, what to know before starting, each exercise, the weekly tick table, the
 * pain rule, the stop signs, where to get help, the safety line and the sources. {@link HandoutPdf}
 * prints only this, so any plan (the one unknot generates, see {@link HandoutFromCarePlan}, or a
 * clinician's individual plan) prints alike once a builder has turned it into a Handout. The pain
 * rule is given, not written here: it comes from the knowledge base (or, later, from the
 * progression rules), so this record never holds a rule of its own.
 */
public record Handout(
        String personName,
        LocalDate date,
        String planTitle,
        String versionLabel,
        Optional<String> clinicianNote,
        List<String> beforeYouStart,
        List<HandoutExercise> exercises,
        TickTable tickTable,
        List<String> painRule,
        List<String> stopSigns,
        List<HelpItem> help,
        String safetyLine,
        List<HandoutSource> sources) {
    public Handout {
        requireText("personName", personName);
        requireText("planTitle", planTitle);
        requireText("versionLabel", versionLabel);
        requireText("safetyLine", safetyLine);
        beforeYouStart = List.copyOf(beforeYouStart);
        exercises = List.copyOf(exercises);
        painRule = List.copyOf(painRule);
        stopSigns = List.copyOf(stopSigns);
        help = List.copyOf(help);
        sources = List.copyOf(sources);
        if (exercises.isEmpty()) {
            throw new IllegalArgumentException("a handout needs at least one exercise");
        }
        if (stopSigns.isEmpty() || help.isEmpty()) {
            // a printed plan travels without the app: it must say when to stop and whom to call
            throw new IllegalArgumentException(
                    "a handout needs its stop signs and where to get help");
        }
    }

    /**
     * The same handout with another pain rule: for the progression rules, which will say how much
     * pain is all right during and after each exercise, to replace the knowledge's general words.
     */
    public Handout withPainRule(List<String> rule) {
        return new Handout(
                personName,
                date,
                planTitle,
                versionLabel,
                clinicianNote,
                beforeYouStart,
                exercises,
                tickTable,
                rule,
                stopSigns,
                help,
                safetyLine,
                sources);
    }

    static void requireText(String name, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
