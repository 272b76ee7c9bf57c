package dev.unknot.diary;

import dev.unknot.intake.Pain;
import dev.unknot.intake.Question;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A stored diary entry: what was logged, when it was recorded, the guided session it belongs to, if
 * any, and when it was last edited, if ever (an edit keeps the id and {@code recordedAt}).
 */
public record DiaryEntry(
        long id,
        LocalDate date,
        Instant recordedAt,
        Pain pain,
        Set<Activity> activities,
        String note,
        Map<Question, Object> safety,
        Optional<Long> sessionId,
        Optional<Instant> changedAt) {
    /** An entry never edited. */
    public DiaryEntry(
            long id,
            LocalDate date,
            Instant recordedAt,
            Pain pain,
            Set<Activity> activities,
            String note,
            Map<Question, Object> safety,
            Optional<Long> sessionId) {
        this(id, date, recordedAt, pain, activities, note, safety, sessionId, Optional.empty());
    }

    public DiaryEntry {
        activities =
                activities.isEmpty()
                        ? Set.of()
                        : java.util.Collections.unmodifiableSet(
                                java.util.EnumSet.copyOf(activities));
        safety = Map.copyOf(safety);
    }

    /** Whether a safety question was answered with something other than "no" in this entry. */
    public boolean hasRedFlag() {
        return safety.entrySet().stream()
                .anyMatch(answer -> answer.getKey().type().saysYes(answer.getValue()));
    }

    public boolean hasSession() {
        return sessionId.isPresent() || activities.contains(Activity.SESSION);
    }
}
