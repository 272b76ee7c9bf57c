package dev.unknot.pathway;

import dev.unknot.person.Person;
import dev.unknot.store.Database;
import dev.unknot.workstation.Answers;
import dev.unknot.workstation.Checklist;
import dev.unknot.workstation.Comparison;
import dev.unknot.workstation.HabitLinks;
import dev.unknot.workstation.Result;
import dev.unknot.workstation.StoredCheck;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workstation check as a person keeps it, once for every front end: score the answers, store
 * them, compare with the check before, list the checks, and say what the latest one means for the
 * plan's prevention habits. Thread-safe.
 */
public final class WorkstationChecks {
    private final Database database;
    private final Checklist checklist;
    private final Clock clock;

    public WorkstationChecks(Database database, Checklist checklist, Clock clock) {
        this.database = database;
        this.checklist = checklist;
        this.clock = clock;
    }

    public Checklist checklist() {
        return checklist;
    }

    public Clock clock() {
        return clock;
    }

    /** A check with its result and, when there was one before, the comparison with it. */
    public record Taken(StoredCheck check, Result result, Optional<Comparison> comparison) {}

    /**
     * Checks what was typed for each item (problems named as {@code FIELD.ITEM}), scores it and
     * stores it for {@code profile}, comparing with the check before.
     */
    public Taken take(String profile, Map<String, String> typed, String field) {
        Answers answers = checklist.answers(typed, field);
        Result result = checklist.score(answers);
        Instant now = clock.instant();
        return database.inTransaction(
                tx -> {
                    Person person = tx.people().findOrCreate(Person.checkName(profile), now);
                    Optional<StoredCheck> previous = tx.workstationChecks().latest(person.id());
                    StoredCheck saved =
                            tx.workstationChecks().save(person.id(), now, answers, result.score());
                    return new Taken(
                            saved,
                            result,
                            previous.map(
                                    before ->
                                            Comparison.of(
                                                    checklist, before, answers, result.score())));
                });
    }

    /** Every check of {@code profile}, oldest first. */
    public List<StoredCheck> history(String profile) {
        return database.inTransaction(
                tx ->
                        tx.people()
                                .find(Person.checkName(profile))
                                .map(person -> tx.workstationChecks().all(person.id()))
                                .orElse(List.of()));
    }

    /** The latest check of {@code profile}, scored as now, compared with the one before it. */
    public Optional<Taken> latest(String profile) {
        List<StoredCheck> all = history(profile);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        StoredCheck last = all.get(all.size() - 1);
        Answers answers = checklist.completed(last.answers());
        Optional<Comparison> comparison =
                all.size() < 2
                        ? Optional.empty()
                        : Optional.of(
                                Comparison.of(
                                        checklist, all.get(all.size() - 2), answers, last.score()));
        return Optional.of(new Taken(last, checklist.score(answers), comparison));
    }

    /** What the latest check says under each prevention habit; none without a check. */
    public HabitLinks habitLinks(String profile) {
        return latest(profile).map(taken -> taken.result().habitLinks()).orElse(HabitLinks.NONE);
    }
}
