package dev.unknot.pathway;

import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.Assessor;
import dev.unknot.intake.Intake;
import dev.unknot.assessment.SavedAssessment;
import dev.unknot.person.Person;
import dev.unknot.store.Database;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.intake.Question;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;

/**
 * The answers a person keeps, so guided sessions and the diary's re-triage start from them: saving an
 * assessment and reading the latest back. Thread-safe.
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

    /** Assesses {@code intake} and keeps it, with its disposition, as {@code profile}'s latest answers. */
    public Assessment save(String profile, Intake intake) {
        Assessment assessment = assessor.assess(intake);
        database.inTransaction(tx -> {
            long personId = tx.people().findOrCreate(profile, clock.instant()).id();
            tx.assessments().save(personId, intake, assessment.triage().disposition(), clock.instant());
            return null;
        });
        return assessment;
    }

    /**
     * {@code profile}'s latest saved answers brought up to today, the answers guided sessions follow: the
     * knot is as many days older as have passed since they were saved (so the cold-first days end on
     * time), and the pain is the latest diary entry's when one was logged after them (so a plan left
     * without massage at pain 8 gets it back, gently, once the pain is lower). Empty when none were saved.
     */
    public Optional<Intake> current(String profile) {
        LocalDate today = LocalDate.now(clock);
        return database.inTransaction(tx -> tx.people().find(Person.checkName(profile)).flatMap(person -> {
            Optional<SavedAssessment> saved = tx.assessments().latest(person.id());
            if (saved.isEmpty()) {
                return Optional.<Intake>empty();
            }
            Instant at = saved.get().at();
            Intake.Builder current = saved.get().intake().toBuilder();
            saved.get().intake().onsetDays().value().ifPresent(days -> current.put(Question.ONSET_DAYS,
                    (int) Math.min(MAX_ONSET_DAYS, days + Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(at, clock.getZone()), today)))));
            tx.diary().since(person.id(), LocalDate.ofInstant(at, clock.getZone())).stream()
                    .filter(entry -> !entry.recordedAt().isBefore(at))
                    .max(Comparator.comparing(DiaryEntry::date).thenComparing(DiaryEntry::recordedAt))
                    .ifPresent(latest -> current.put(Question.PAIN_NOW, latest.pain()));
            return Optional.of(current.build());
        }));
    }

    /** {@code profile}'s latest saved answers as saved; empty when none were saved (or the profile is unknown). */
    public Optional<Intake> latest(String profile) {
        return database.inTransaction(tx -> tx.people().find(Person.checkName(profile))
                .flatMap(person -> tx.assessments().latest(person.id())).map(SavedAssessment::intake));
    }
}
