package dev.unknot.followup;

import dev.unknot.assessment.Assessment;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.Escalation;
import dev.unknot.diary.FollowUp;
import java.util.List;
import java.util.Optional;

/**
 * What logging a diary entry produced: the stored entry, the follow-up verdict, the escalations
 * raised (already stored), and a fresh assessment when the entry answered a safety question yes.
 */
public record Logged(
        DiaryEntry entry,
        FollowUp.Verdict verdict,
        List<Escalation> raised,
        Optional<Assessment> retriage) {
    public Logged {
        raised = List.copyOf(raised);
    }
}
