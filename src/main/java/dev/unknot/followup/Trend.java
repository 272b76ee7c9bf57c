package dev.unknot.followup;

import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.FollowUp;
import java.time.LocalDate;
import java.util.List;

/** A person's diary entries over a span of days, with today's follow-up verdict. */
public record Trend(
        LocalDate from, LocalDate to, List<DiaryEntry> entries, FollowUp.Verdict verdict) {
    public Trend {
        entries = List.copyOf(entries);
    }
}
