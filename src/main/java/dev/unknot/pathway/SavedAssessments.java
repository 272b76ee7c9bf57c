package dev.unknot.pathway;

import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.Assessor;
import dev.unknot.intake.Intake;
import dev.unknot.assessment.SavedAssessment;
import dev.unknot.person.Person;
import dev.unknot.store.Database;
import java.time.Clock;
import java.util.Optional;

/**
 * The answers a person keeps, so guided sessions and the diary's re-triage start from them: saving an
 * assessment and reading the latest back. Thread-safe.
 */
public final class SavedAssessments {
    private final Database database;
    private final Assessor assessor;
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

    /** {@code profile}'s latest saved answers; empty when none were saved (or the profile is unknown). */
    public Optional<Intake> latest(String profile) {
        return database.inTransaction(tx -> tx.people().find(Person.checkName(profile))
                .flatMap(person -> tx.assessments().latest(person.id())).map(SavedAssessment::intake));
    }
}
