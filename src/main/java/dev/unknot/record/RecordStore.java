package dev.unknot.record;

import dev.unknot.assessment.SavedAssessment;
import dev.unknot.diary.RaisedEscalation;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.measure.MeasureLog;
import dev.unknot.person.Person;
import dev.unknot.session.SessionLog;
import dev.unknot.store.Database;
import java.time.Clock;
import java.util.Optional;

/** Reads a person's whole record for export, and writes an imported one in a single transaction. */
public final class RecordStore {
    private final Database database;
    private final Clock clock;

    public RecordStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public PersonRecord export(String profile) {
        return database.inTransaction(
                tx -> {
                    Optional<Person> person = tx.people().find(Person.checkName(profile));
                    if (person.isEmpty()) {
                        throw new InvalidInputException(
                                "profile", "no record is stored for '" + profile + "'");
                    }
                    long id = person.get().id();
                    return new PersonRecord(
                            profile,
                            clock.instant(),
                            tx.assessments().all(id),
                            tx.diary().all(id),
                            tx.sessions().all(id),
                            tx.measures().all(id),
                            tx.escalations().all(id));
                });
    }

    /**
     * Adds an imported record to {@code profile}; all of it or, on any failure, none of it.
     *
     * @return the number of diary entries imported
     */
    public int importInto(String profile, PersonRecord record) {
        return database.inTransaction(
                tx -> {
                    long id = tx.people().findOrCreate(profile, clock.instant()).id();
                    for (SavedAssessment saved : record.assessments()) {
                        tx.assessments().save(id, saved.intake(), saved.disposition(), saved.at());
                    }
                    tx.diary().appendAll(id, record.diary());
                    for (SessionLog session : record.sessions()) {
                        tx.sessions().save(id, session);
                    }
                    for (MeasureLog measure : record.measures()) {
                        tx.measures().save(id, measure);
                    }
                    for (RaisedEscalation raised : record.escalations()) {
                        tx.escalations().save(id, raised.escalation(), raised.at());
                    }
                    return record.diary().size();
                });
    }
}
