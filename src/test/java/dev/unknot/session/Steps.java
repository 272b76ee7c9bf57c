package dev.unknot.session;

import dev.unknot.knowledge.Dose;
import dev.unknot.plan.PlanStep;
import dev.unknot.plan.Section;
import java.util.List;

/** Small hand-made plan steps for the session tests. */
final class Steps {
    static final SessionTiming TIMING = new SessionTiming(5);

    private Steps() {}

    static PlanStep step(String id, Dose.Kind kind, int min, int max, boolean perSide) {
        return new PlanStep(
                Section.STRETCH,
                id,
                id,
                List.of("do it"),
                new Dose(kind, min, max, perSide, ""),
                List.of(),
                List.of(),
                List.of("002"));
    }

    static SessionStep hold(String id, int seconds) {
        return TIMING.step(step(id, Dose.Kind.HOLD, seconds, seconds, false));
    }

    /** A session of three holds: a (3 s), b (2 s), c (4 s). */
    static GuidedSession threeHolds() {
        return new GuidedSession(List.of(hold("a", 3), hold("b", 2), hold("c", 4)));
    }

    static void ticks(GuidedSession session, int count) {
        for (int i = 0; i < count; i++) {
            session.tick();
        }
    }
}
