package dev.unknot.diary;

import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Pain;
import dev.unknot.intake.Question;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A diary entry as a person gives it, validated: pain (on its scale already), a date that is not in
 * the future, a short note, what they did, and any safety questions they answered with it.
 */
public record NewEntry(
        LocalDate date,
        Pain pain,
        Set<Activity> activities,
        String note,
        Map<Question, Object> safety) {
    public static final int MAX_NOTE_LENGTH = 1000;

    public NewEntry {
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new InvalidInputException(
                    "note",
                    "must be at most " + MAX_NOTE_LENGTH + " characters, was " + note.length());
        }
        EnumMap<Question, Object> flags = new EnumMap<>(Question.class);
        for (Map.Entry<Question, Object> answer : safety.entrySet()) {
            if (!answer.getKey().isSafety() || !answer.getKey().type().accepts(answer.getValue())) {
                throw new InvalidInputException(
                        answer.getKey().path(), "must be " + answer.getKey().type().allowed());
            }
            flags.put(answer.getKey(), answer.getValue());
        }
        EnumSet<Activity> did = EnumSet.noneOf(Activity.class);
        did.addAll(activities);
        activities = Collections.unmodifiableSet(did);
        safety = Collections.unmodifiableMap(flags);
    }

    /** Checks the date against today: a diary entry cannot be for a day that has not come yet. */
    public NewEntry notAfter(LocalDate today) {
        if (date.isAfter(today)) {
            throw new InvalidInputException(
                    "date", "must not be in the future (today is " + today + "), was " + date);
        }
        return this;
    }

    /** Whether any safety question was answered with something other than "no". */
    public boolean hasRedFlag() {
        return safety.entrySet().stream()
                .anyMatch(answer -> answer.getKey().type().saysYes(answer.getValue()));
    }
}
