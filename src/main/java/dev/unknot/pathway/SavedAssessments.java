package dev.unknot.pathway;

import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.Assessor;
import dev.unknot.intake.Intake;
import dev.unknot.store.Assessments;
import dev.unknot.store.Database;
import dev.unknot.store.People;
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
    private final People people;
    private final Assessments assessments = new Assessments();

    public SavedAssessments(Database database, Assessor assessor, Clock clock) {
        this.database = database;
        this.assessor = assessor;
        this.clock = clock;
        this.people = new People(clock);
    }

    /** Assesses {@code intake} and keeps it, with its disposition, as {@code profile}'s latest answers. */
    public Assessment save(String profile, Intake intake) {
        Assessment assessment = assessor.assess(intake);
        database.inTransaction(connection -> {
            long personId = people.findOrCreate(connection, profile).id();
            assessments.save(connection, personId, intake, assessment.triage().disposition(), clock.instant());
            return null;
        });
        return assessment;
    }

    /** {@code profile}'s latest saved answers; empty when none were saved (or the profile is unknown). */
    public Optional<Intake> latest(String profile) {
        return database.inTransaction(connection -> {
            var person = people.find(connection, People.checkName(profile));
            return person.isPresent()
                    ? assessments.latest(connection, person.get().id()).map(Assessments.Saved::intake)
                    : Optional.<Intake>empty();
        });
    }
}
