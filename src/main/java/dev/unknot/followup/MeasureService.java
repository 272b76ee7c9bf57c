package dev.unknot.followup;

import dev.unknot.diary.Escalation;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.measure.Instrument;
import dev.unknot.measure.MeasureLog;
import dev.unknot.measure.Outcome;
import dev.unknot.measure.Responses;
import dev.unknot.measure.StoredMeasure;
import dev.unknot.person.Person;
import dev.unknot.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Outcome measures as a person keeps them: score a questionnaire, store the result and any advice
 * it raises (STarT Back high risk, say) in one transaction, and read the results back. The CLI and
 * the web share it. Thread-safe.
 */
public final class MeasureService {
    private final Database database;
    private final Clock clock;

    public MeasureService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A stored result: its id, the score, and the advice it raised, if any. */
    public record Recorded(
            long id, Outcome.Scored scored, LocalDate day, Optional<Escalation> escalation) {}

    /**
     * Scores {@code responses} and stores the result for {@code profile}; an instrument that cannot
     * be scored (too many items missing) is an error naming {@code field}, and nothing is stored.
     */
    public Recorded record(
            String profile,
            Instrument instrument,
            Responses responses,
            LocalDate day,
            String field) {
        LocalDate today = LocalDate.now(clock);
        if (day.isAfter(today)) {
            throw new InvalidInputException(
                    "date", "must not be in the future (today is " + today + "), was " + day);
        }
        Outcome outcome = instrument.score(responses);
        if (outcome instanceof Outcome.Incomplete incomplete) {
            throw new InvalidInputException(
                    field,
                    "the "
                            + instrument.shortName()
                            + " cannot be scored: "
                            + incomplete.reason()
                            + "; nothing was stored");
        }
        Outcome.Scored scored = (Outcome.Scored) outcome;
        Optional<Escalation> escalation = raised(instrument, scored, day);
        Instant now = clock.instant();
        long id =
                database.inTransaction(
                        tx -> {
                            Person person = tx.people().findOrCreate(profile, now);
                            long saved =
                                    tx.measures()
                                            .save(
                                                    person.id(),
                                                    new MeasureLog(
                                                            instrument.id(),
                                                            day,
                                                            now,
                                                            responses.format(),
                                                            scored.scoreText(),
                                                            scored.band()));
                            if (escalation.isPresent()) {
                                tx.escalations().save(person.id(), escalation.get(), now);
                            }
                            return saved;
                        });
        return new Recorded(id, scored, day, escalation);
    }

    /**
     * The advice a scored result raises, if any (a STarT Back high-risk result): the one rule, for
     * a result stored here and for one read from elsewhere (the CDS Hooks service's record).
     */
    public static Optional<Escalation> raised(
            Instrument instrument, Outcome.Scored scored, LocalDate day) {
        return scored.alert()
                .map(
                        alert ->
                                new Escalation(
                                        alert.id(),
                                        alert.name(),
                                        alert.disposition(),
                                        alert.advice(),
                                        instrument.shortName()
                                                + " "
                                                + scored.scoreText()
                                                + " on "
                                                + day,
                                        List.of(instrument.citation().id())));
    }

    /** Every result of {@code profile} with its id, oldest first. */
    public List<StoredMeasure> results(String profile) {
        return database.inTransaction(
                tx -> {
                    Optional<Person> person = tx.people().find(Person.checkName(profile));
                    return person.isPresent()
                            ? tx.measures().stored(person.get().id())
                            : List.<StoredMeasure>of();
                });
    }

    /** One result of {@code profile}; empty when the id is unknown or another person's. */
    public Optional<StoredMeasure> result(String profile, long id) {
        return database.inTransaction(
                tx -> {
                    Optional<Person> person = tx.people().find(Person.checkName(profile));
                    return person.isPresent()
                            ? tx.measures().find(person.get().id(), id)
                            : Optional.<StoredMeasure>empty();
                });
    }
}
