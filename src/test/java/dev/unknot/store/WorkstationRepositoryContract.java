package dev.unknot.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.workstation.Answers;
import dev.unknot.workstation.StoredCheck;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How workstation checks are kept, on every supported database. */
abstract class WorkstationRepositoryContract extends DatabaseContract {
    static final Instant MARCH = Instant.parse("2026-03-12T09:00:00Z");
    static final Instant APRIL = Instant.parse("2026-04-02T17:30:00Z");

    private List<StoredCheck> all(long personId) {
        return database.inTransaction(tx -> tx.workstationChecks().all(personId));
    }

    private Optional<StoredCheck> latest(long personId) {
        return database.inTransaction(tx -> tx.workstationChecks().latest(personId));
    }

    private boolean takenAt(long personId, Instant at) {
        return database.inTransaction(tx -> tx.workstationChecks().takenAt(personId, at));
    }

    private long person(String name) {
        return database.inTransaction(tx -> tx.people().findOrCreate(name, MARCH).id());
    }

    @Test
    void checksAreKeptPerPersonOldestFirstWithTheirAnswersAndScore() {
        long ann = person("ann");
        long bob = person("bob");
        Answers first = new Answers(Map.of("screen-height", "no"));
        Answers second = new Answers(Map.of("screen-height", "yes"));
        database.inTransaction(tx -> tx.workstationChecks().save(ann, APRIL, second, 100));
        StoredCheck march =
                database.inTransaction(tx -> tx.workstationChecks().save(ann, MARCH, first, 88));
        database.inTransaction(tx -> tx.workstationChecks().save(bob, MARCH, second, 100));

        assertThat(all(ann))
                .extracting(StoredCheck::takenAt, StoredCheck::answers, StoredCheck::score)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MARCH, first, 88),
                        org.assertj.core.groups.Tuple.tuple(APRIL, second, 100));
        assertThat(latest(ann)).get().extracting(StoredCheck::takenAt).isEqualTo(APRIL);
        assertThat(march.id()).isPositive();
        assertThat(takenAt(ann, MARCH)).isTrue();
        assertThat(takenAt(bob, APRIL)).isFalse();
    }

    @Test
    void aPersonWithoutChecksHasNone() {
        long ann = person("ann");

        assertThat(all(ann)).isEmpty();
        assertThat(latest(ann)).isEmpty();
    }
}
