package dev.unknot.pathway;

import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.SavedAssessment;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import dev.unknot.person.Person;
import dev.unknot.store.Database;
import dev.unknot.store.Handle;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers a person keeps, so guided sessions and the diary's re-triage start from them: saving
 * an assessment and reading it back brought up to today. Thread-safe.
 */
public final class SavedAssessments {
    private static final int MAX_ONSET_DAYS = 36_500;

    private final Database database;
    private final Assessor assessor;
    private final Clock clock;

    public SavedAssessments(Database database, Assessor assessor, Clock clock) {
        this.database = database;
        this.assessor = assessor;
        this.clock = clock;
    }

    /**
     * What a person's record says now: their latest saved answers brought up to today (empty when
     * none were saved) and the safety questions answered yes in the diary since they were saved (in
     * every entry when none were saved). A red flag only ever adds to what is known: a later "no"
     * in the diary does not take back a yes; answering the assessment again does.
     */
    public record Now(Optional<Intake> answers, Map<Question, Object> redFlags) {
        public Now {
            redFlags = Map.copyOf(redFlags);
        }
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
     * follow (see {@link #now}). Empty when none were saved.
     */
    public Optional<Intake> current(String profile) {
        return now(profile).answers();
    }

    /**
     * {@code profile}'s record now, read in one transaction. The saved answers are brought up to
     * today: the knot is as many days older as have passed since they were saved (so the cold-first
     * days end on time), the pain is the latest diary entry's when one was logged after them (so a
     * plan left without massage at pain 8 gets it back, gently, once the pain is lower), and every
     * red flag from the diary since is yes.
     */
    public Now now(String profile) {
        return database.inTransaction(
                tx ->
                        tx.people()
                                .find(Person.checkName(profile))
                                .map(person -> now(tx, person))
                                .orElse(new Now(Optional.empty(), Map.of())));
    }

    private Now now(Handle tx, Person person) {
        Optional<SavedAssessment> saved = tx.assessments().latest(person.id());
        if (saved.isEmpty()) {
            return new Now(Optional.empty(), redFlags(tx.diary().all(person.id())));
        }
        LocalDate savedOn = LocalDate.ofInstant(saved.get().at(), clock.getZone());
        List<DiaryEntry> since = tx.diary().since(person.id(), savedOn);
        return new Now(
                Optional.of(upToDate(saved.get(), since, clock.getZone(), LocalDate.now(clock))),
                redFlags(after(saved.get(), since, clock.getZone())));
    }

    /**
     * Saved answers brought up to {@code today} by the diary, the rule of {@link #now}: the knot
     * older by the days since, the latest pain logged after them, every red flag since yes. Pure:
     * for a record read from elsewhere too (the CDS Hooks service's), {@code diary} in any order.
     */
    public static Intake upToDate(
            SavedAssessment saved, List<DiaryEntry> diary, ZoneId zone, LocalDate today) {
        LocalDate savedOn = LocalDate.ofInstant(saved.at(), zone);
        List<DiaryEntry> since = after(saved, diary, zone);
        Intake.Builder current = saved.intake().toBuilder();
        long daysSince = Math.max(0, ChronoUnit.DAYS.between(savedOn, today));
        saved.intake()
                .onsetDays()
                .value()
                .ifPresent(
                        days ->
                                current.put(
                                        Question.ONSET_DAYS,
                                        (int) Math.min(MAX_ONSET_DAYS, days + daysSince)));
        since.stream()
                .max(Comparator.comparing(DiaryEntry::date).thenComparing(DiaryEntry::recordedAt))
                .ifPresent(latest -> current.put(Question.PAIN_NOW, latest.pain().points()));
        current.putAll(redFlags(since));
        return current.build();
    }

    /** The entries logged since the answers were saved. */
    private static List<DiaryEntry> after(
            SavedAssessment saved, List<DiaryEntry> diary, ZoneId zone) {
        LocalDate savedOn = LocalDate.ofInstant(saved.at(), zone);
        return diary.stream()
                .filter(entry -> !entry.date().isBefore(savedOn))
                .filter(entry -> !entry.recordedAt().isBefore(saved.at()))
                .toList();
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
}
