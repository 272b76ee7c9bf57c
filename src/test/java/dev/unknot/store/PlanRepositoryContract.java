package dev.unknot.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.exercise.Author;
import dev.unknot.exercise.Effort;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.exercise.ItemSide;
import dev.unknot.exercise.PlanItem;
import dev.unknot.exercise.PlanSession;
import dev.unknot.exercise.PlanSuggestion;
import dev.unknot.exercise.SessionReport;
import dev.unknot.intake.Pain;
import dev.unknot.knowledge.Prescription;
import dev.unknot.session.SessionLog;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How plan versions, plan sessions and suggestions are kept, on every supported database. */
abstract class PlanRepositoryContract extends DatabaseContract {
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final Prescription BRIDGE =
            new Prescription(
                    2, 10, 3, 30, 0, false, 1, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
    static final Prescription BIRD_DOG =
            new Prescription(2, 8, 5, 30, 0, true, 2, Set.of(DayOfWeek.values()));

    private long person(String name) {
        return database.inTransaction(tx -> tx.people().findOrCreate(name, NOW).id());
    }

    private boolean decide(
            long personId, long id, PlanSuggestion.Status status, Optional<Integer> version) {
        return database.inTransaction(
                tx -> tx.suggestions().decide(personId, id, status, NOW, version));
    }

    private ExercisePlan add(long personId, Author author, String reason, List<PlanItem> items) {
        return database.inTransaction(
                tx -> tx.plans().add(personId, author, NOW, reason, "Keep breathing", items));
    }

    @Test
    void versionsAreNumberedPerPersonAndEveryOneIsKeptWithItsItems() {
        long ann = person("ann");
        long bob = person("bob");
        PlanItem bridge = new PlanItem("glute-bridge", BRIDGE, ItemSide.BOTH, "slowly");
        PlanItem birdDog = new PlanItem("bird-dog", BIRD_DOG, ItemSide.LEFT, "");
        ExercisePlan first = add(ann, Author.clinician(7, "Dr Lee"), "First plan", List.of(bridge));
        ExercisePlan second = add(ann, Author.UNKNOT, "More repetitions", List.of(bridge, birdDog));
        ExercisePlan bobs = add(bob, Author.UNKNOT, "Self-care", List.of(birdDog));

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(bobs.version()).isEqualTo(1);
        List<ExercisePlan> history = database.inTransaction(tx -> tx.plans().history(ann));
        assertThat(history).containsExactly(second, first);
        Optional<ExercisePlan> current = database.inTransaction(tx -> tx.plans().current(ann));
        assertThat(current).contains(second);
        assertThat(history.get(1).author()).isEqualTo(Author.clinician(7, "Dr Lee"));
        assertThat(history.get(0).author().isUnknot()).isTrue();
        assertThat(history.get(0).items()).containsExactly(bridge, birdDog);
        Optional<ExercisePlan> othersVersion =
                database.inTransaction(tx -> tx.plans().find(bob, first.id()));
        assertThat(othersVersion).isEmpty();
        long cat = person("cat");
        Optional<ExercisePlan> none = database.inTransaction(tx -> tx.plans().current(cat));
        assertThat(none).isEmpty();
    }

    @Test
    void aPlanSessionKeepsItsReportUntilReviewed() {
        long ann = person("ann");
        ExercisePlan plan =
                add(
                        ann,
                        Author.UNKNOT,
                        "First",
                        List.of(new PlanItem("glute-bridge", BRIDGE, ItemSide.BOTH, "")));
        Map<String, Effort> efforts = new LinkedHashMap<>();
        efforts.put("glute-bridge", Effort.PARTLY);
        efforts.put("bird-dog", Effort.STOPPED_FOR_PAIN);
        SessionReport report = new SessionReport(new Pain(3), new Pain(2), efforts);
        long sessionId =
                database.inTransaction(
                        tx -> {
                            long id =
                                    tx.sessions()
                                            .save(
                                                    ann,
                                                    new SessionLog(
                                                            0,
                                                            NOW.minusSeconds(600),
                                                            NOW,
                                                            new Pain(4),
                                                            Optional.of(new Pain(2)),
                                                            true,
                                                            List.of()));
                            tx.planSessions().save(ann, id, plan.id(), report);
                            return id;
                        });

        List<PlanSession> open = database.inTransaction(tx -> tx.planSessions().unreviewed(ann));
        assertThat(open)
                .containsExactly(
                        new PlanSession(
                                sessionId,
                                ann,
                                plan.id(),
                                1,
                                NOW,
                                new Pain(4),
                                report,
                                Optional.empty()));
        assertThat(open.get(0).report().efforts().keySet())
                .containsExactly("glute-bridge", "bird-dog");

        database.inTransaction(
                tx -> {
                    tx.planSessions().reviewed(sessionId, NOW.plusSeconds(3600));
                    return null;
                });
        List<PlanSession> left = database.inTransaction(tx -> tx.planSessions().unreviewed(ann));
        assertThat(left).isEmpty();
        List<PlanSession> all = database.inTransaction(tx -> tx.planSessions().all(ann));
        assertThat(all.get(0).reviewedAt()).contains(NOW.plusSeconds(3600));
    }

    @Test
    void aSuggestionIsDecidedOnceAndOnlyForItsPerson() {
        long ann = person("ann");
        long bob = person("bob");
        ExercisePlan plan =
                add(
                        ann,
                        Author.UNKNOT,
                        "First",
                        List.of(new PlanItem("glute-bridge", BRIDGE, ItemSide.BOTH, "")));
        PlanSuggestion pending =
                database.inTransaction(
                        tx ->
                                tx.suggestions()
                                        .add(
                                                new PlanSuggestion(
                                                        0,
                                                        ann,
                                                        99,
                                                        plan.id(),
                                                        "glute-bridge",
                                                        "glute-bridge",
                                                        PlanSuggestion.Kind.PROGRESS,
                                                        "Pain stayed low: two more repetitions",
                                                        Optional.of(BIRD_DOG),
                                                        PlanSuggestion.Status.PENDING,
                                                        NOW,
                                                        Optional.empty(),
                                                        Optional.empty())));
        PlanSuggestion noted =
                database.inTransaction(
                        tx ->
                                tx.suggestions()
                                        .add(
                                                new PlanSuggestion(
                                                        0,
                                                        ann,
                                                        99,
                                                        plan.id(),
                                                        "bird-dog",
                                                        "bird-dog",
                                                        PlanSuggestion.Kind.HOLD,
                                                        "Keep it",
                                                        Optional.empty(),
                                                        PlanSuggestion.Status.NOTED,
                                                        NOW.plusSeconds(1),
                                                        Optional.empty(),
                                                        Optional.empty())));

        List<PlanSuggestion> suggestions = database.inTransaction(tx -> tx.suggestions().all(ann));
        assertThat(suggestions).containsExactly(noted, pending);
        assertThat(decide(bob, pending.id(), PlanSuggestion.Status.ACCEPTED, Optional.of(2)))
                .isFalse();
        assertThat(decide(ann, pending.id(), PlanSuggestion.Status.ACCEPTED, Optional.of(2)))
                .isTrue();
        assertThat(decide(ann, pending.id(), PlanSuggestion.Status.DISMISSED, Optional.empty()))
                .isFalse();
        PlanSuggestion decided =
                database.inTransaction(tx -> tx.suggestions().find(ann, pending.id()))
                        .orElseThrow();
        assertThat(decided.status()).isEqualTo(PlanSuggestion.Status.ACCEPTED);
        assertThat(decided.resultVersion()).contains(2);
        assertThat(decided.dose()).contains(BIRD_DOG);
        PlanSuggestion stillNoted =
                database.inTransaction(tx -> tx.suggestions().find(ann, noted.id())).orElseThrow();
        assertThat(stillNoted.dose()).isEmpty();
    }
}
