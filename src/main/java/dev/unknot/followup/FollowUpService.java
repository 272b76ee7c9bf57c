package dev.unknot.followup;

import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.Assessor;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.Escalation;
import dev.unknot.diary.FollowUp;
import dev.unknot.diary.NewEntry;
import dev.unknot.intake.Intake;
import dev.unknot.knowledge.FollowUpRules;
import dev.unknot.store.Assessments;
import dev.unknot.store.Database;
import dev.unknot.store.Diary;
import dev.unknot.store.Escalations;
import dev.unknot.store.People;
import dev.unknot.store.Person;
import dev.unknot.store.SessionLog;
import dev.unknot.store.Sessions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.unknot.intake.Question;
import java.util.Optional;

/**
 * The diary as a person uses it: log an entry, then at once run the follow-up rules and, if a safety
 * question was answered yes, the triage again; everything shown is stored in the same transaction.
 * Thread-safe.
 */
public final class FollowUpService {
    private final Database database;
    private final Assessor assessor;
    private final FollowUp followUp;
    private final FollowUpRules rules;
    private final Clock clock;
    private final People people;
    private final Diary diary = new Diary();
    private final Assessments assessments = new Assessments();
    private final Escalations escalations = new Escalations();
    private final Sessions sessions = new Sessions();

    public FollowUpService(Database database, Assessor assessor, FollowUpRules rules, Clock clock) {
        this.database = database;
        this.assessor = assessor;
        this.rules = rules;
        this.followUp = new FollowUp(rules);
        this.clock = clock;
        this.people = new People(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Records an entry for {@code profile}; it is durable when this returns. */
    public Logged log(String profile, NewEntry entry) {
        NewEntry checked = entry.notAfter(today());
        return database.inTransaction(connection -> {
            Person person = people.findOrCreate(connection, profile);
            return append(connection, person, checked, Optional.empty());
        });
    }

    /**
     * Records a guided session and its diary entry (linked by the session id) in one transaction, then runs
     * the same follow-up as {@link #log}; the session's {@code id} is ignored and the stored one returned.
     */
    public Logged logSession(String profile, SessionLog session, NewEntry entry) {
        NewEntry checked = entry.notAfter(today());
        return database.inTransaction(connection -> {
            Person person = people.findOrCreate(connection, profile);
            long sessionId = sessions.save(connection, person.id(), session);
            return append(connection, person, checked, Optional.of(sessionId));
        });
    }

    private Logged append(Connection connection, Person person, NewEntry checked, Optional<Long> sessionId)
            throws SQLException {
        Instant now = clock.instant();
        DiaryEntry stored = diary.append(connection, person.id(), checked, now, sessionId);
        FollowUp.Verdict verdict = verdict(connection, person.id());
        List<Escalation> raised = new ArrayList<>(verdict.escalations());
        Optional<Assessment> retriage = Optional.empty();
        if (checked.hasRedFlag()) {
            Assessment assessment = retriage(connection, person.id(), checked.safety());
            retriage = Optional.of(assessment);
            raised.add(0, new Escalation(rules.redFlag().id(), rules.redFlag().name(),
                    assessment.triage().disposition(), rules.redFlag().advice(),
                    "safety answers in the diary entry of " + checked.date(), rules.redFlag().sources()));
        }
        for (Escalation escalation : raised) {
            escalations.save(connection, person.id(), escalation, now);
        }
        return new Logged(stored, verdict, raised, retriage);
    }

    /** The triage again: the latest saved assessment's answers with the diary entry's safety answers on top. */
    private Assessment retriage(Connection connection, long personId, Map<Question, Object> safety) throws SQLException {
        Intake base = assessments.latest(connection, personId).map(Assessments.Saved::intake).orElse(Intake.empty());
        return assessor.assess(base.toBuilder().putAll(safety).build());
    }

    /**
     * The triage an entry of {@code profile}'s led to, when it answered a safety question yes (as {@link #log}
     * gave it); empty for other entries and for another person's.
     */
    public Optional<Assessment> retriage(String profile, long entryId) {
        return database.inTransaction(connection -> {
            Optional<Person> person = people.find(connection, People.checkName(profile));
            if (person.isEmpty()) {
                return Optional.<Assessment>empty();
            }
            Optional<DiaryEntry> entry = diary.find(connection, person.get().id(), entryId);
            if (entry.isEmpty() || !entry.get().hasRedFlag()) {
                return Optional.<Assessment>empty();
            }
            return Optional.of(retriage(connection, person.get().id(), entry.get().safety()));
        });
    }

    /** Every entry of {@code profile}, oldest first; empty for an unknown profile. */
    public List<DiaryEntry> entries(String profile) {
        return database.inTransaction(connection -> {
            Optional<Person> person = people.find(connection, People.checkName(profile));
            return person.isPresent() ? diary.all(connection, person.get().id()) : List.<DiaryEntry>of();
        });
    }

    /** One entry of {@code profile}'s diary; empty when the id is unknown or another person's. */
    public Optional<DiaryEntry> entry(String profile, long id) {
        return database.inTransaction(connection -> {
            Optional<Person> person = people.find(connection, People.checkName(profile));
            return person.isPresent() ? diary.find(connection, person.get().id(), id) : Optional.<DiaryEntry>empty();
        });
    }

    /** Every guided session of {@code profile}, oldest first; empty for an unknown profile. */
    public List<SessionLog> sessions(String profile) {
        return database.inTransaction(connection -> {
            Optional<Person> person = people.find(connection, People.checkName(profile));
            return person.isPresent() ? sessions.all(connection, person.get().id()) : List.<SessionLog>of();
        });
    }

    /** One guided session of {@code profile}; empty when the id is unknown or another person's. */
    public Optional<SessionLog> session(String profile, long id) {
        return database.inTransaction(connection -> {
            Optional<Person> person = people.find(connection, People.checkName(profile));
            return person.isPresent() ? sessions.find(connection, person.get().id(), id) : Optional.<SessionLog>empty();
        });
    }

    /** The entries of the last {@code days} days and today's verdict. */
    public Trend trend(String profile, int days) {
        LocalDate today = today();
        LocalDate from = today.minusDays(days - 1L);
        return database.inTransaction(connection -> {
            Optional<Person> person = people.find(connection, People.checkName(profile));
            if (person.isEmpty()) {
                return new Trend(from, today, List.of(), followUp.verdict(Optional.empty(), List.of(), today));
            }
            List<DiaryEntry> entries = diary.since(connection, person.get().id(), from);
            return new Trend(from, today, entries, verdict(connection, person.get().id()));
        });
    }

    /** Today's follow-up verdict for {@code profile}. */
    public FollowUp.Verdict verdict(String profile) {
        return database.inTransaction(connection -> {
            Optional<Person> person = people.find(connection, People.checkName(profile));
            return person.isPresent() ? verdict(connection, person.get().id())
                    : followUp.verdict(Optional.empty(), List.of(), today());
        });
    }

    private FollowUp.Verdict verdict(Connection connection, long personId) throws SQLException {
        LocalDate today = today();
        return followUp.verdict(diary.first(connection, personId),
                diary.since(connection, personId, followUp.windowStart(today)), today);
    }
}
