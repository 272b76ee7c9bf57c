package dev.unknot.web;

import dev.unknot.diary.Activity;
import dev.unknot.diary.DiaryEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One diary entry on its own page: the edit form (prefilled with what the entry says) or the
 * question before deleting it.
 */
public record DiaryEntryView(
        long id,
        String date,
        String pain,
        String note,
        String summary,
        boolean safetyAnswers,
        List<Choice> activities,
        LocalDate today,
        Optional<String> error) {
    public DiaryEntryView {
        activities = List.copyOf(activities);
    }

    /** The entry as stored. */
    static DiaryEntryView of(DiaryEntry entry, LocalDate today) {
        return new DiaryEntryView(
                entry.id(),
                entry.date().toString(),
                Integer.toString(entry.pain().points()),
                entry.note(),
                summary(entry),
                !entry.safety().isEmpty(),
                choices(entry.activities().stream().map(Activity::code).toList()),
                today,
                Optional.empty());
    }

    /** The form as sent, with what was wrong with it, so nothing typed is lost. */
    DiaryEntryView withForm(
            String formDate, String formPain, String formNote, List<String> picked, String error) {
        return new DiaryEntryView(
                id,
                formDate,
                formPain,
                formNote,
                summary,
                safetyAnswers,
                choices(picked),
                today,
                Optional.of(error));
    }

    private static String summary(DiaryEntry entry) {
        return entry.date() + ", pain " + entry.pain().points() + "/10";
    }

    private static List<Choice> choices(List<String> picked) {
        List<Choice> choices = new ArrayList<>();
        for (Activity activity : Activity.values()) {
            choices.add(
                    new Choice(
                            "activities-" + activity.code(),
                            activity.code(),
                            activity.code(),
                            picked.contains(activity.code())));
        }
        return choices;
    }
}
