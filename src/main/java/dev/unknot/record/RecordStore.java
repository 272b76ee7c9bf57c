package dev.unknot.record;

import dev.unknot.intake.InvalidInputException;
import dev.unknot.store.Assessments;
import dev.unknot.store.Database;
import dev.unknot.store.Diary;
import dev.unknot.store.Escalations;
import dev.unknot.store.People;
import dev.unknot.store.MeasureLog;
import dev.unknot.store.MeasureResults;
import dev.unknot.store.Person;
import dev.unknot.store.SessionLog;
import dev.unknot.store.Sessions;
import java.time.Clock;
import java.util.Optional;

/** Reads a person's whole record for export, and writes an imported one in a single transaction. */
public final class RecordStore {
    private final Database database;
    private final Clock clock;
    private final People people;
    private final Diary diary = new Diary();
    private final Assessments assessments = new Assessments();
    private final Escalations escalations = new Escalations();
    private final Sessions sessions = new Sessions();
    private final MeasureResults measures = new MeasureResults();

    public RecordStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.people = new People(clock);
    }

    public PersonRecord export(String profile) {
        return database.inTransaction(connection -> {
            Optional<Person> person = people.find(connection, People.checkName(profile));
            if (person.isEmpty()) {
                throw new InvalidInputException("profile", "no record is stored for '" + profile + "'");
            }
            long id = person.get().id();
            return new PersonRecord(profile, clock.instant(), assessments.all(connection, id), diary.all(connection, id),
                    sessions.all(connection, id), measures.all(connection, id), escalations.all(connection, id));
        });
    }

    /**
     * Adds an imported record to {@code profile}; all of it or, on any failure, none of it.
     *
     * @return the number of diary entries imported
     */
    public int importInto(String profile, PersonRecord record) {
        return database.inTransaction(connection -> {
            long id = people.findOrCreate(connection, profile).id();
            for (Assessments.Saved saved : record.assessments()) {
                assessments.save(connection, id, saved.intake(), saved.disposition(), saved.at());
            }
            diary.appendAll(connection, id, record.diary());
            for (SessionLog session : record.sessions()) {
                sessions.save(connection, id, session);
            }
            for (MeasureLog measure : record.measures()) {
                measures.save(connection, id, measure);
            }
            for (Escalations.Raised raised : record.escalations()) {
                escalations.save(connection, id, raised.escalation(), raised.at());
            }
            return record.diary().size();
        });
    }
}
