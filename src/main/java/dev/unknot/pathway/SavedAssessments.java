package dev.unknot.pathway;

import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.SavedAssessment;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import dev.unknot.person.Person;
import dev.unknot.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers a person keeps, so guided sessions and the diary's re-triage start from them: saving
 * an assessment and reading the latest back. Thread-safe.
 */
public final class SavedAssessments {
    private final Database database;
    private final Assessor assessor;
    private static final int MAX_ONSET_DAYS = 36_500;
    private final Clock clock;

    public SavedAssessments(Database database, Assessor assessor, Clock clock) {
        this.database = database;
        this.assessor = assessor;
        this.clock = clock;
    }

    /**
     * Assesses {@code intake} and keeps it, with its disposition, as {@code profile}'s latest
     * answers.
     */
    public Assessment save(String profile, Intake intake) {
        Assessment assessment = assessor.assess(intake);
        database.inTransaction(
                tx -> {
                    long personId = tx.people().findOrCreate(profile, clock.instant()).id();
                    tx.assessments()
                            .save(
                                    personId,
                                    intake,
                                    assessment.triage().disposition(),
                                    clock.instant());
                    return null;
                });
        return assessment;
    }

    /**
     * {@code profile}'s latest saved answers brought up to today, the answers guided sessions
     * follow: the knot is as many days older as have passed since they were saved (so the
     * cold-first days end on time), the pain is the latest diary entry's when one was logged after
     * them (so a plan left without massage at pain 8 gets it back, gently, once the pain is lower),
     * and every safety question answered yes in the diary since is yes here too ({@link
     * #redFlagsSinceSaved}). Empty when none were saved.
     */
    public Optional<Intake> current(String profile) {
        LocalDate today = LocalDate.now(clock);
        return database.inTransaction(
                tx ->
                        tx.people()
                                .find(Person.checkName(profile))
                                .flatMap(
                                        person -> {
                                            Optional<SavedAssessment> saved =
                                                    tx.assessments().latest(person.id());
                                            if (saved.isEmpty()) {
                                                return Optional.<Intake>empty();
                                            }
                                            Instant at = saved.get().at();
                                            Intake.Builder current =
                                                    saved.get().intake().toBuilder();
                                            saved.get()
                                                    .intake()
                                                    .onsetDays()
                                                    .value()
                                                    .ifPresent(
                                                            days ->
                                                                    current.put(
                                                                            Question.ONSET_DAYS,
                                                                            (int)
                                                                                    Math.min(
                                                                                            MAX_ONSET_DAYS,
                                                                                            days
                                                                                                    + Math
                                                                                                            .max(
                                                                                                                    0,
                                                                                                                    ChronoUnit
                                                                                                                            .DAYS
                                                                                                                            .between(
                                                                                                                                    LocalDate
                                                                                                                                            .ofInstant(
                                                                                                                                                    at,
                                                                                                                                                    clock
                                                                                                                                                            .getZone()),
                                                                                                                                    today)))));
                                            List<DiaryEntry> since =
                                                    tx
                                                            .diary()
                                                            .since(
                                                                    person.id(),
                                                                    LocalDate.ofInstant(
                                                                            at, clock.getZone()))
                                                            .stream()
                                                            .filter(
                                                                    entry ->
                                                                            !entry.recordedAt()
                                                                                    .isBefore(at))
                                                            .toList();
                                            since.stream()
                                                    .max(
                                                            Comparator.comparing(DiaryEntry::date)
                                                                    .thenComparing(
                                                                            DiaryEntry::recordedAt))
                                                    .ifPresent(
                                                            latest ->
                                                                    current.put(
                                                                            Question.PAIN_NOW,
                                                                            latest.pain()
                                                                                    .points()));
                                            current.putAll(redFlags(since));
                                            return Optional.of(current.build());
                                        }));
    }

    /**
     * The safety questions answered yes in diary entries logged since {@code profile}'s latest
     * saved answers (in every entry when none were saved). A red flag only ever adds to what is
     * known: a later "no" in the diary does not take back a yes; answering the assessment again
     * does.
     */
    public Map<Question, Object> redFlagsSinceSaved(String profile) {
        return database.inTransaction(
                tx ->
                        tx.people()
                                .find(Person.checkName(profile))
                                .map(
                                        person -> {
                                            Optional<SavedAssessment> saved =
                                                    tx.assessments().latest(person.id());
                                            List<DiaryEntry> entries =
                                                    saved.isEmpty()
                                                            ? tx.diary().all(person.id())
                                                            : tx
                                                                    .diary()
                                                                    .since(
                                                                            person.id(),
                                                                            LocalDate.ofInstant(
                                                                                    saved.get()
                                                                                            .at(),
                                                                                    clock
                                                                                            .getZone()))
                                                                    .stream()
                                                                    .filter(
                                                                            entry ->
                                                                                    !entry.recordedAt()
                                                                                            .isBefore(
                                                                                                    saved.get()
                                                                                                            .at()))
                                                                    .toList();
                                            return redFlags(entries);
                                        })
                                .orElse(Map.of()));
    }

    private static Map<Question, Object> redFlags(List<DiaryEntry> entries) {
        Map<Question, Object> flags = new EnumMap<>(Question.class);
        for (DiaryEntry entry : entries) {
            entry.safety()
                    .forEach(
                            (question, answer) -> {
                                if (question.type().saysYes(answer)) {
                                    flags.put(question, answer);
                                }
                            });
        }
        return flags;
    }

    /**
     * {@code profile}'s latest saved answers as saved; empty when none were saved (or the profile
     * is unknown).
     */
    public Optional<Intake> latest(String profile) {
        return database.inTransaction(
                tx ->
                        tx.people()
                                .find(Person.checkName(profile))
                                .flatMap(person -> tx.assessments().latest(person.id()))
                                .map(SavedAssessment::intake));
    }
}
