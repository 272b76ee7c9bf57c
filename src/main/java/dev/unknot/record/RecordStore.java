package dev.unknot.record;

import dev.unknot.assessment.SavedAssessment;
import dev.unknot.breaks.BreakEvent;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.RaisedEscalation;
import dev.unknot.exercise.Author;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.measure.MeasureLog;
import dev.unknot.person.Person;
import dev.unknot.session.SessionLog;
import dev.unknot.store.Database;
import dev.unknot.workstation.StoredCheck;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
                            tx.escalations().all(id),
                            oldestFirst(tx.plans().history(id)),
                            tx.workstationChecks().all(id),
                            tx.breakLog().all(id));
                });
    }

    /** The whole record of the person with this id (whose access the caller has checked). */
    public PersonRecord export(long personId) {
        String profile =
                database.inTransaction(
                        tx ->
                                tx.people()
                                        .byId(personId)
                                        .map(Person::name)
                                        .orElseThrow(
                                                () ->
                                                        new InvalidInputException(
                                                                "person", "no such person")));
        return export(profile);
    }

    /**
     * The whole record of {@code profile}; an empty one (for {@code now}) when nothing is stored
     * for it yet.
     */
    public PersonRecord exportOrEmpty(String profile) {
        boolean stored =
                database.inTransaction(
                        tx -> tx.people().find(Person.checkName(profile)).isPresent());
        return stored
                ? export(profile)
                : new PersonRecord(
                        profile,
                        clock.instant(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of());
    }

    private static List<ExercisePlan> oldestFirst(List<ExercisePlan> plans) {
        return plans.stream().sorted(Comparator.comparingInt(ExercisePlan::version)).toList();
    }

    /**
     * Adds an imported record to {@code profile}; all of it or, on any failure, none of it.
     *
     * @return the number of diary entries imported
     */
    public int importInto(String profile, PersonRecord record) {
        return importNew(profile, record).added(Imported.Kind.DIARY);
    }

    /**
     * Adds the items of an imported record that {@code profile} does not have yet (see {@link
     * ItemKeys}), so importing the same export twice adds nothing the second time; all of it or, on
     * any failure, none of it.
     *
     * <p>Plan versions keep their numbers, so they are imported only where they continue the
     * profile's plan: every version the profile already has must be in the record (same number and
     * time), and the new ones must carry the numbers that follow its latest (1, 2, ... for a
     * profile without a plan). Otherwise the whole import is refused, nothing is added, and the
     * message says why; a clinician's version comes in with the clinician's name but no id.
     */
    public Imported importNew(String profile, PersonRecord record) {
        ItemKeys keys = new ItemKeys();
        return database.inTransaction(
                tx -> {
                    long id = tx.people().findOrCreate(profile, clock.instant()).id();
                    tx.people().lock(id);
                    List<Imported.Count> counts = new ArrayList<>();
                    List<DiaryEntry> entries =
                            fresh(record.diary(), tx.diary().all(id), keys::diary);
                    tx.diary().appendAll(id, entries);
                    counts.add(count(Imported.Kind.DIARY, entries, record.diary()));
                    List<SessionLog> sessions =
                            fresh(record.sessions(), tx.sessions().all(id), keys::session);
                    for (SessionLog session : sessions) {
                        tx.sessions().save(id, session);
                    }
                    counts.add(count(Imported.Kind.SESSIONS, sessions, record.sessions()));
                    List<MeasureLog> measures =
                            fresh(record.measures(), tx.measures().all(id), keys::measure);
                    for (MeasureLog measure : measures) {
                        tx.measures().save(id, measure);
                    }
                    counts.add(count(Imported.Kind.MEASURES, measures, record.measures()));
                    List<SavedAssessment> assessments =
                            fresh(record.assessments(), tx.assessments().all(id), keys::assessment);
                    for (SavedAssessment saved : assessments) {
                        tx.assessments().save(id, saved.intake(), saved.disposition(), saved.at());
                    }
                    counts.add(count(Imported.Kind.ASSESSMENTS, assessments, record.assessments()));
                    List<RaisedEscalation> escalations =
                            fresh(record.escalations(), tx.escalations().all(id), keys::escalation);
                    for (RaisedEscalation raised : escalations) {
                        tx.escalations().save(id, raised.escalation(), raised.at());
                    }
                    counts.add(count(Imported.Kind.ESCALATIONS, escalations, record.escalations()));
                    List<ExercisePlan> plans = plans(tx, id, record.plans(), keys);
                    counts.add(count(Imported.Kind.PLANS, plans, record.plans()));
                    // a check is known by when it was taken: the same export twice adds it once
                    List<StoredCheck> checks =
                            fresh(
                                    record.workstationChecks(),
                                    tx.workstationChecks().all(id),
                                    check -> List.of(check.takenAt()));
                    for (StoredCheck check : checks) {
                        tx.workstationChecks()
                                .save(id, check.takenAt(), check.answers(), check.score());
                    }
                    counts.add(
                            count(Imported.Kind.WORKSTATION, checks, record.workstationChecks()));
                    List<BreakEvent> breaks =
                            fresh(record.breaks(), tx.breakLog().all(id), keys::breakEvent);
                    for (BreakEvent event : breaks) {
                        tx.breakLog().append(id, event);
                    }
                    counts.add(count(Imported.Kind.BREAKS, breaks, record.breaks()));
                    return new Imported(profile, counts);
                });
    }

    /** Adds the new plan versions of the record, checking they continue the stored numbering. */
    private static List<ExercisePlan> plans(
            dev.unknot.store.Handle tx, long id, List<ExercisePlan> imported, ItemKeys keys) {
        List<ExercisePlan> stored = tx.plans().history(id);
        Set<List<Object>> importedKeys = new HashSet<>();
        imported.forEach(plan -> importedKeys.add(keys.plan(plan)));
        List<ExercisePlan> fresh =
                new ArrayList<>(oldestFirst(fresh(imported, stored, keys::plan)));
        if (fresh.isEmpty()) {
            return fresh;
        }
        for (ExercisePlan plan : stored) {
            if (!importedKeys.contains(keys.plan(plan))) {
                throw new InvalidInputException(
                        "plans",
                        "this profile already has plan version "
                                + plan.version()
                                + " of "
                                + plan.at()
                                + ", which the record does not have; plan versions are only"
                                + " imported into a profile without a plan or one whose versions"
                                + " all came from the same record");
            }
        }
        int next = stored.stream().mapToInt(ExercisePlan::version).max().orElse(0) + 1;
        for (ExercisePlan plan : fresh) {
            if (plan.version() != next) {
                throw new InvalidInputException(
                        "plans",
                        "plan version "
                                + plan.version()
                                + " would not follow on: this profile's next version is "
                                + next);
            }
            ExercisePlan added =
                    tx.plans()
                            .add(
                                    id,
                                    plan.author().isUnknot()
                                            ? plan.author()
                                            : Author.clinicianNamed(plan.author().name()),
                                    plan.at(),
                                    plan.reason(),
                                    plan.note(),
                                    plan.items());
            next = added.version() + 1;
        }
        return fresh;
    }

    /** The items of {@code imported} whose key none of {@code stored} has. */
    private static <T> List<T> fresh(
            List<T> imported, List<T> stored, Function<T, List<Object>> key) {
        Set<List<Object>> present = new HashSet<>();
        stored.forEach(item -> present.add(key.apply(item)));
        List<T> fresh = new ArrayList<>();
        for (T item : imported) {
            if (!present.contains(key.apply(item))) {
                fresh.add(item);
            }
        }
        return fresh;
    }

    private static Imported.Count count(Imported.Kind kind, List<?> added, List<?> all) {
        return new Imported.Count(kind, added.size(), all.size() - added.size());
    }
}
